import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { GENERATED_FILE, generateTemplateModule } from "@/scripts/build-templates";

it("the bundled templates match templates/ on disk (run `npm run templates`)", () => {
  expect(readFileSync(GENERATED_FILE, "utf8")).toBe(generateTemplateModule());
});
