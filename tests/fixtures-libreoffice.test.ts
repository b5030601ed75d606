/**
 * Every fixture's Word order converts with LibreOffice without error, and the pleading-paper ones
 * show the numbers 1-28 on every page. Needs soffice and pdftotext: .ci/run installs them, so on CI
 * a missing tool fails; on a machine without them the suite is skipped.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MotionDraftSchema } from "@/lib/motion/schema";
import { draftOrder } from "@/lib/order/draft-order";
import { renderDocx } from "@/lib/render/docx";
import { checkDocxRender } from "@/scripts/check-docx-render";
import { shouldRenderWithLibreOffice } from "@/lib/render/testing/can-render";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures");
const files = ["seeds", "grants", "circuits"].flatMap((set) =>
  readdirSync(path.join(FIXTURES, set))
    .filter((file) => /^\d{3}\.json$/.test(file))
    .map((file) => path.join(set, file)),
);

describe.skipIf(!shouldRenderWithLibreOffice)("fixtures convert with LibreOffice", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "fixture-render-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(files)(
    "%s converts to PDF; pleading paper shows 1-28 on every page",
    async (file) => {
      const draft = MotionDraftSchema.parse(JSON.parse(readFileSync(path.join(FIXTURES, file), "utf8")));
      const { doc, style } = draftOrder(draft);
      const out = path.join(dir, file.replace(/[/\\]/g, "-").replace(".json", ".docx"));
      writeFileSync(out, await renderDocx(doc, style));
      const check = await checkDocxRender(out);
      expect(check.problems).toEqual([]);
      expect(check.pages.length).toBeGreaterThan(0);
      expect(check.pleading).toBe(style.paper === "pleading-28");
      expect(check.ok).toBe(true);
    },
    60_000,
  );
});
