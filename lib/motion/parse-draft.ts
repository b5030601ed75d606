import type { z } from "zod";
import { DraftOfAnyVersionSchema } from "./draft-of-any-version";
import type { MotionDraft } from "./schema";

export type DraftIssue = { path: string; message: string };

/** Dotted path of a zod issue, as react-hook-form's setError expects: "case.parties.0.name". */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map(String).join(".") || "(draft)";
}

/** zod issues → `{ path, message }`, one per problem. */
export function toDraftIssues(error: z.ZodError): DraftIssue[] {
  return error.issues.map((issue) => ({ path: issuePath(issue.path), message: issue.message }));
}

/** Each issue as the CLI prints it: `path: message`. */
export function formatIssues(issues: DraftIssue[]): string[] {
  return issues.map((issue) => `${issue.path}: ${issue.message}`);
}

/** Parses a JSON text into a draft of the current version (an older one is upgraded); a syntax error or a schema failure is a value, not an exception. */
export function parseDraftJson(text: string): { ok: true; draft: MotionDraft } | { ok: false; issues: DraftIssue[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [{ path: "(json)", message: `Not valid JSON: ${(error as Error).message}` }] };
  }
  const parsed = DraftOfAnyVersionSchema.safeParse(json);
  return parsed.success ? { ok: true, draft: parsed.data } : { ok: false, issues: toDraftIssues(parsed.error) };
}
