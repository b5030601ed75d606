/** Whether LibreOffice and poppler are installed (tests only): .ci/run installs both, so CI never skips. */
import { execFileSync } from "node:child_process";

const has = (tool: string): boolean => {
  try {
    execFileSync("which", [tool], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};

/** True when the LibreOffice tests should run: both tools are here, or this is CI (where missing tools must fail). */
export const shouldRenderWithLibreOffice = (has("soffice") && has("pdftotext")) || process.env.CI === "true";
