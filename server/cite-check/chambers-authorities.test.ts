import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { EXAMPLE_ENTRY } from "@/lib/chambers-library/testing";
import { seedChambers, TEST_BACKENDS, useTestDb } from "@/server/db/testing";
import { addChambersAuthority, listChambersAuthorities } from "./chambers-authorities";
import { checkForActor } from "./check-for-actor";

vi.mock("server-only", () => ({}));

const entry = EXAMPLE_ENTRY;

describe.each(TEST_BACKENDS)("the chambers' own library ($name)", (backend) => {
  const db = useTestDb(backend, { beforeAll, afterAll });

  it("stores a verified case for one chambers, with who verified it, and the cite-check uses it there only", async () => {
    const a = await seedChambers(db(), "A");
    const b = await seedChambers(db(), "B");
    const added = await addChambersAuthority(db(), a.clerk, entry);
    if (!added.ok) throw new Error(JSON.stringify(added));
    expect(added.value.verifiedBy).toBe("Clerk of A");
    expect(added.value.authority.verification.level).toBe("chambers");
    expect((await listChambersAuthorities(db(), a.judge)).map((e) => e.id)).toEqual([added.value.id]);
    expect(await listChambersAuthorities(db(), b.judge)).toEqual([]);

    const text = "Doe v. Roe Holdings, Inc., 12 F.4th 100, 105 (9th Cir. 2021).";
    const inA = await checkForActor(db(), a.judge, text);
    expect(inA.findings.map((f) => f.kind)).toEqual(["chambers-verified"]);
    expect(inA.citations[0]?.authorityId).toBe(added.value.id);
    const inB = await checkForActor(db(), b.judge, text);
    expect(inB.findings.map((f) => f.kind)).toEqual(["not-verified"]);
  });

  it("names each wrong field and refuses a case the chambers already holds", async () => {
    const a = await seedChambers(db(), "C");
    const bad = await addChambersAuthority(db(), a.clerk, { ...entry, sourceUrl: "nowhere", lastPage: 1 });
    expect(bad.ok ? [] : "issues" in bad ? bad.issues.map((i) => i.path) : []).toEqual(
      expect.arrayContaining(["sourceUrl", "lastPage"]),
    );
    expect((await addChambersAuthority(db(), a.clerk, entry)).ok).toBe(true);
    const again = await addChambersAuthority(db(), a.clerk, entry);
    expect(again.ok ? [] : "issues" in again ? again.issues.map((i) => i.path) : []).toEqual(["firstPage"]);
  });
});
