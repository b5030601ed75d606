import { DraftOfAnyVersionSchema } from "@/lib/motion/draft-of-any-version";
import { formatIssues, toDraftIssues } from "@/lib/motion/parse-draft";
import type { draftVersions } from "@/server/db/schema";
import type { DraftVersion } from "@/lib/workflow/records";

/**
 * A stored version row → DraftVersion, parsing `data` on read: a draft saved by an earlier version
 * is upgraded (upgradeDraft). A stored draft that still does not parse is a data error (a missing
 * upgrade step), so it throws.
 */
export function toDraftVersion(row: typeof draftVersions.$inferSelect): DraftVersion {
  const parsed = DraftOfAnyVersionSchema.safeParse(row.data);
  if (!parsed.success) {
    const issues = formatIssues(toDraftIssues(parsed.error)).join("; ");
    throw new Error(`Stored draft ${row.draftId} revision ${row.revision} does not parse: ${issues}`);
  }
  return {
    draftId: row.draftId,
    revision: row.revision,
    data: parsed.data,
    note: row.note,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
  };
}
