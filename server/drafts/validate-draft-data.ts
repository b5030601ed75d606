import { DraftOfAnyVersionSchema } from "@/lib/motion/draft-of-any-version";
import type { MotionDraft } from "@/lib/motion/schema";
import { toDraftIssues } from "@/lib/motion/parse-draft";
import { fail, ok, type Failure, type Issue, type Ok } from "@/server/errors";

/** Parses data as a draft (one saved by an earlier version upgraded); a failure carries each issue by full dotted path. */
export function validateDraftData(data: unknown): Ok<MotionDraft> | Failure<"invalid", { issues: Issue[] }> {
  const parsed = DraftOfAnyVersionSchema.safeParse(data);
  return parsed.success ? ok(parsed.data) : fail("invalid", { issues: toDraftIssues(parsed.error) });
}
