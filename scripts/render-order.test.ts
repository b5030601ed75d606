import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { MotionDraft } from "../lib/motion/schema";
import { main } from "./render-order";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures");

let dir: string;
let stderr: string[];
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "render-cli-"));
  stderr = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void stderr.push(args.join(" ")));
  vi.spyOn(console, "log").mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

/** A fixture changed by `change`, written to the temp folder. */
function draftFile(fixture: string, change: (draft: MotionDraft) => void = () => undefined): string {
  const draft = JSON.parse(readFileSync(path.join(FIXTURES, fixture), "utf8")) as MotionDraft;
  change(draft);
  const file = path.join(dir, "draft.json");
  writeFileSync(file, JSON.stringify(draft));
  return file;
}

describe("npm run render: what the clerk would see", () => {
  it("prints each warning with its severity and step on stderr, and still writes the order", async () => {
    const out = path.join(dir, "order.docx");
    expect(await main([draftFile("seeds/002.json"), "-o", out])).toBe(0);
    expect(existsSync(out)).toBe(true);
    const text = stderr.join("\n");
    expect(text).toMatch(/warning\s+\[reconsideration\].*Rule 59\(e\)/);
  });

  it("prints what the draft still needs", async () => {
    const out = path.join(dir, "order.docx");
    const file = draftFile("seeds/002.json", (draft) => delete draft.case.caseNumber);
    expect(await main([file, "-o", out])).toBe(0);
    expect(stderr.join("\n")).toMatch(/\[court\] case\.caseNumber: Enter the case number/);
  });

  it("--strict: exits 3 and writes nothing when the draft is not ready", async () => {
    const out = path.join(dir, "order.docx");
    const file = draftFile("seeds/002.json", (draft) => delete draft.case.caseNumber);
    expect(await main([file, "-o", out, "--strict"])).toBe(3);
    expect(existsSync(out)).toBe(false);
  });

  it("--strict: exits 3 and writes nothing when a warning is an error", async () => {
    const out = path.join(dir, "order.docx");
    const html = path.join(dir, "order.html");
    const file = draftFile(
      "seeds/002.json",
      (draft) => (draft.case.judge = { ...draft.case.judge, title: "magistrate" }),
    );
    expect(await main([file, "-o", out, "--html", html, "--strict"])).toBe(3);
    expect(existsSync(out) || existsSync(html)).toBe(false);
    expect(stderr.join("\n")).toMatch(/error\s+\[court\].*magistrate judge/i);
  });

  it("--strict: refuses a draft too incomplete to draft, without failing", async () => {
    const out = path.join(dir, "order.docx");
    const file = draftFile("seeds/002.json", (draft) => delete draft.case.districtId);
    expect(await main([file, "-o", out, "--strict"])).toBe(3);
    expect(stderr.join("\n")).toMatch(/\[court\] case\.districtId/);
  });

  it("--strict: writes a ready draft whose warnings are not errors", async () => {
    const out = path.join(dir, "order.docx");
    expect(await main([draftFile("seeds/002.json"), "-o", out, "--strict"])).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});
