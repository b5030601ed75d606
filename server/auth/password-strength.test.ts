import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { TEST_BACKENDS, useTestDb } from "@/server/db/testing";
import { acceptInvitation } from "./accept-invitation";
import { createAuth, type Auth } from "./create-auth";
import { createChambersWithJudge } from "./create-chambers-with-judge";
import { inviteMember } from "./invite-member";
import { passwordProblem } from "./password-strength";

vi.mock("server-only", () => ({}));

describe("password strength", () => {
  it("refuses passwords a guesser tries first, however long, and says why", () => {
    for (const weak of ["            ", "password1234", "Password1234!", "aaaaaaaaaaaaaaaa", "qwertyuiopasdf"])
      expect(passwordProblem(weak), JSON.stringify(weak)).toMatch(/easy to guess/);
    for (const strong of ["correct horse battery", "a long clerk passphrase 7", "judge-password-123"])
      expect(passwordProblem(strong), strong).toBeUndefined();
  });
});

describe.each(TEST_BACKENDS)("weak passwords on $name", (backend) => {
  const db = useTestDb(backend, { beforeAll, afterAll });
  let auth: Auth;
  beforeAll(() => {
    auth = createAuth(db(), { baseURL: "http://localhost:3000", secret: "test-secret-test-secret-test-secret-0123" });
  });

  it("are refused at setup and when accepting an invitation, named at the password field", async () => {
    const setup = (password: string) =>
      createChambersWithJudge(db(), auth, {
        chambersName: "Chambers of Judge Weak",
        judgeName: "Hon. Weak",
        email: "judge@weak.example",
        password,
      });
    for (const weak of ["            ", "password1234"])
      expect(await setup(weak)).toMatchObject({ ok: false, code: "invalid", issues: [{ path: "password" }] });
    const created = await setup("a sound judge passphrase 4");
    if (!created.ok) throw new Error("setup failed");
    const judge = { userId: created.value.userId, chambersId: created.value.chambersId, role: "judge" as const };
    const invite = await inviteMember(db(), judge, "clerk@weak.example", "clerk");
    if (!invite.ok) throw new Error("invite failed");
    expect(await acceptInvitation(db(), auth, invite.value.token, "Sam", "password1234")).toMatchObject({
      ok: false,
      code: "invalid",
      issues: [{ path: "password", message: expect.stringMatching(/easy to guess/) }],
    });
  });
});
