import { MotionDraftSchema, type MotionDraft } from "@/lib/motion/schema";
import { toDraftIssues } from "@/lib/motion/parse-draft";
import { fail, ok, type Failure, type Issue, type Ok } from "@/server/errors";

/** Parses data with MotionDraftSchema; a failure carries each issue by full dotted path. */
export function validateDraftData(data: unknown): Ok<MotionDraft> | Failure<"invalid", { issues: Issue[] }> {
  const parsed = MotionDraftSchema.safeParse(data);
  return parsed.success ? ok(parsed.data) : fail("invalid", { issues: toDraftIssues(parsed.error) });
}
