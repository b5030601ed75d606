import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { emptyDraft } from "@/lib/motion/empty-draft";
import { TEST_BACKENDS, seedChambers, useTestDb } from "@/server/db/testing";
import { createDraft } from "@/server/drafts";
import { getChambersStyle, saveChambersStyle } from "./chambers-style";

vi.mock("server-only", () => ({}));

const STYLE = {
  titleForm: "memorandum-and-order",
  titleRuling: "none",
  docketCite: { form: "di", pinSeparator: " at ", useId: false },
  decree: { form: "it-is-ordered" },
} as const;

describe.each(TEST_BACKENDS)("the chambers' style on $name", (backend) => {
  const db = useTestDb(backend, { beforeAll, afterAll });

  it("is none until the judge sets it, and a clerk may not set it", async () => {
    const { judge, clerk } = await seedChambers(db(), `Style ${Math.random()}`);
    expect(await getChambersStyle(db(), judge.chambersId)).toEqual({});
    expect(await saveChambersStyle(db(), clerk, STYLE)).toEqual({ ok: false, code: "forbidden-role" });
    expect(await saveChambersStyle(db(), judge, STYLE)).toMatchObject({ ok: true });
    expect(await getChambersStyle(db(), clerk.chambersId)).toEqual(STYLE);
  });

  it("is where every new draft starts, unless the draft brings its own", async () => {
    const { judge, clerk } = await seedChambers(db(), `Style ${Math.random()}`);
    await saveChambersStyle(db(), judge, STYLE);
    const started = await createDraft(db(), clerk);
    if (!started.ok) throw new Error("create failed");
    expect(started.value.version.data.styleOverrides).toEqual(STYLE);
    const own = { ...emptyDraft(), styleOverrides: { headingStyle: "none" as const } };
    const imported = await createDraft(db(), clerk, { data: own });
    if (!imported.ok) throw new Error("create failed");
    expect(imported.value.version.data.styleOverrides).toEqual({ headingStyle: "none" });
  });

  it("belongs to one chambers", async () => {
    const a = await seedChambers(db(), `Style A ${Math.random()}`);
    const b = await seedChambers(db(), `Style B ${Math.random()}`);
    await saveChambersStyle(db(), a.judge, STYLE);
    expect(await getChambersStyle(db(), b.judge.chambersId)).toEqual({});
  });
});
