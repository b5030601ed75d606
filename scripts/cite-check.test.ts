import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "./cite-check";

const dir = mkdtempSync(path.join(tmpdir(), "cite-check-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ROOT = path.resolve(import.meta.dirname, "..");

async function run(file: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    [file],
    (line) => out.push(line),
    (line: string) => err.push(line),
  );
  return { code, out, err };
}

describe("npm run cite-check", () => {
  it("prints one finding a line and exits 1 when there is an error", async () => {
    const { code, out } = await run(path.join(ROOT, "fixtures/cite-check/seeds/001.txt"));
    expect(code).toBe(1);
    expect(out.find((line) => line.includes("error volume"))).toMatch(
      /^.*001\.txt:\d+:\d+: error volume \(Volume\): .*\[fix: "446 U\.S\." → "466 U\.S\."\]$/,
    );
  });

  it("exits 0 when the only findings are notes (not verified is not an error)", async () => {
    const file = path.join(dir, "brief.txt");
    writeFileSync(file, "Smith v. Jones, 12 F.3d 34, 36 (1st Cir. 1998). See 28 U.S.C. § 1291.");
    const { code, out } = await run(file);
    expect(code).toBe(0);
    expect(out).toEqual([expect.stringMatching(/brief\.txt:1:1: note not-verified/)]);
  });

  it("reads a PDF", async () => {
    const { code, out } = await run(path.join(ROOT, "fixtures/cite-check/seed-002.pdf"));
    expect(code).toBe(1);
    expect(out.some((line) => line.includes("error first-page"))).toBe(true);
  });

  it("exits 2 for a file it cannot read", async () => {
    expect((await run(path.join(dir, "missing.txt"))).code).toBe(2);
    const fake = path.join(dir, "fake.docx");
    writeFileSync(fake, "PK\u0003\u0004 not really a zip");
    expect((await run(fake)).code).toBe(2);
    const binary = path.join(dir, "image.png");
    writeFileSync(binary, new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    expect((await run(binary)).code).toBe(2);
  });
});
