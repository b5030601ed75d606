import { orderFlagComments } from "@/lib/cite-check/order-flag-comments";
import type { OrderDoc } from "@/lib/order-doc/types";
import type { ReviewComment } from "@/lib/review";
import type { DraftHead } from "@/lib/workflow/records";

/**
 * The Word comments of a draft's download: the review's comments, and the citation check's flags
 * (unverified pins, authorities verified only as cited, negative history, cautions), except on the
 * revision the judge approved, which goes out as signed, with no flags.
 */
export function downloadComments(
  head: Pick<DraftHead, "status" | "currentRevision">,
  revision: number,
  doc: OrderDoc,
  review: readonly ReviewComment[],
  now: Date,
): ReviewComment[] {
  const isApprovedRevision = head.status === "approved" && revision === head.currentRevision;
  return isApprovedRevision ? [...review] : [...orderFlagComments(doc, now), ...review];
}
