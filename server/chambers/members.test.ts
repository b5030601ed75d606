import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { acceptInvitation } from "@/server/auth/accept-invitation";
import { createAuth, type Auth } from "@/server/auth/create-auth";
import { getActor } from "@/server/auth/get-actor";
import { inviteMember } from "@/server/auth/invite-member";
import { memberships, session } from "@/server/db/schema";
import { TEST_BACKENDS, seedChambers, useTestDb } from "@/server/db/testing";
import { addComment, createDraft } from "@/server/drafts";
import { changeMember, endSessions, listOpenInvitations, removeMember, revokeInvitation } from "./members";
import { memberNames } from "./member-names";

vi.mock("server-only", () => ({}));

const BASE = "http://localhost:3000";

describe.each(TEST_BACKENDS)("managing members on $name", (backend) => {
  const db = useTestDb(backend, { beforeAll, afterAll });
  let auth: Auth;
  beforeAll(() => {
    auth = createAuth(db(), { baseURL: BASE, secret: "test-secret-test-secret-test-secret-0123" });
  });
  /** A chambers with a judge, a clerk and an admin (who joined by invitation, with a password). */
  const chambersWithAdmin = async () => {
    const people = await seedChambers(db(), `Members ${Math.random()}`);
    const invite = await inviteMember(db(), people.judge, `admin-${Math.random()}@members.example`, "admin");
    if (!invite.ok) throw new Error("invite failed");
    const admin = await acceptInvitation(db(), auth, invite.value.token, "Pat Admin", "a long admin passphrase 3");
    if (!admin.ok) throw new Error("accept failed");
    return { ...people, admin: admin.value };
  };

  it("only a judge grants the judge role, by invitation or by a change of role", async () => {
    const { judge, clerk, admin } = await chambersWithAdmin();
    expect(await inviteMember(db(), admin, "new-judge@members.example", "judge")).toEqual({
      ok: false,
      code: "forbidden-role",
    });
    expect(await inviteMember(db(), clerk, "anyone@members.example", "clerk")).toEqual({
      ok: false,
      code: "forbidden-role",
    });
    expect(await inviteMember(db(), admin, "clerk2@members.example", "clerk")).toMatchObject({ ok: true });
    expect(await inviteMember(db(), judge, "judge2@members.example", "judge")).toMatchObject({ ok: true });

    expect(await changeMember(db(), admin, clerk.userId, { role: "judge" })).toEqual({
      ok: false,
      code: "forbidden-role",
    });
    expect(await changeMember(db(), admin, judge.userId, { role: "clerk" })).toEqual({
      ok: false,
      code: "forbidden-role",
    });
    expect(await changeMember(db(), judge, judge.userId, { role: "clerk" })).toMatchObject({
      ok: false,
      code: "forbidden-role",
    });
    expect(await changeMember(db(), judge, clerk.userId, { role: "judge" })).toMatchObject({ ok: true });
  });

  it("names are set by the judge or the admin, and every screen shows the role beside a name", async () => {
    const { judge, clerk, admin, chambersId } = await chambersWithAdmin();
    expect(await changeMember(db(), clerk, clerk.userId, { name: "Judge Clerk" })).toEqual({
      ok: false,
      code: "forbidden-role",
    });
    expect(await changeMember(db(), admin, clerk.userId, { name: "  Sam Okafor  " })).toMatchObject({ ok: true });
    expect(await changeMember(db(), judge, clerk.userId, { name: "" })).toMatchObject({ ok: false, code: "invalid" });
    const names = await memberNames(db(), chambersId);
    expect(names.get(clerk.userId)).toBe("Sam Okafor (law clerk)");
    expect(names.get(judge.userId)).toMatch(/\(judge\)$/);
    // Bidi controls left open in a name would reorder the sentence it is shown in.
    await changeMember(db(), judge, clerk.userId, { name: "Sam\u202e Okafor" });
    expect((await memberNames(db(), chambersId)).get(clerk.userId)).toBe("Sam Okafor (law clerk)");
  });

  it("offboarding: ending a member's sessions, removing them, revoking an invitation", async () => {
    const { judge, admin, chambersId } = await chambersWithAdmin();
    const signIn = await auth.api.signInEmail({
      body: {
        email: (await db().query.user.findFirst({ where: (u, { eq: is }) => is(u.id, admin.userId) }))!.email,
        password: "a long admin passphrase 3",
      },
      returnHeaders: true,
    });
    const cookie = signIn.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const actorOf = () => getActor(new Headers({ cookie }), { db: db(), auth });
    expect(await actorOf()).not.toBeNull();
    expect(await endSessions(db(), admin, judge.userId)).toEqual({ ok: false, code: "forbidden-role" });
    expect(await endSessions(db(), judge, admin.userId)).toMatchObject({ ok: true });
    expect(await actorOf()).toBeNull();
    expect(await db().select().from(session).where(eq(session.userId, admin.userId))).toEqual([]);

    // Removed: no membership, no session; what they wrote keeps their name, marked former.
    const draft = await createDraft(db(), admin);
    if (!draft.ok) throw new Error("create failed");
    await addComment(db(), admin, draft.value.draft.id, { anchor: { section: "discussion" }, body: "A note" });
    expect(await removeMember(db(), admin, judge.userId)).toEqual({ ok: false, code: "forbidden-role" });
    expect(await removeMember(db(), judge, judge.userId)).toMatchObject({ ok: false, code: "forbidden-role" });
    expect(await removeMember(db(), judge, admin.userId)).toMatchObject({ ok: true });
    expect(await db().select().from(memberships).where(eq(memberships.userId, admin.userId))).toEqual([]);
    expect((await memberNames(db(), chambersId, [admin.userId])).get(admin.userId)).toBe("Pat Admin (former member)");
    // Another chambers' member is not found.
    const other = await seedChambers(db(), "Elsewhere");
    expect(await removeMember(db(), judge, other.clerk.userId)).toEqual({ ok: false, code: "not-found" });

    const invite = await inviteMember(db(), judge, "late@members.example", "clerk");
    if (!invite.ok) throw new Error("invite failed");
    expect((await listOpenInvitations(db(), judge.chambersId)).map((i) => i.email)).toContain("late@members.example");
    expect(await revokeInvitation(db(), other.judge, invite.value.invitationId)).toEqual({
      ok: false,
      code: "not-found",
    });
    expect(await revokeInvitation(db(), judge, invite.value.invitationId)).toMatchObject({ ok: true });
    expect(await acceptInvitation(db(), auth, invite.value.token, "Late", "a long enough passphrase 1")).toEqual({
      ok: false,
      code: "not-found",
    });
  });
});
