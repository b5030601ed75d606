import { deadlineRegionFor, findDistrict } from "@/lib/courts";
import type { MotionDraft } from "@/lib/motion/schema";
import { appellateCircuit } from "./appellate-circuit";
import { petitionDeadline } from "@/lib/deadlines/petition-deadline";
import type { PetitionDeadline } from "@/lib/deadlines/schema";

/**
 * The petition deadline a grant would start if entered on the day the judge signs it, counted
 * with the holidays of the district's state and of the clerk of the court that would hear the
 * appeal (a grant in part too). Not when the order under review is vacated and an amended order is
 * to be entered: the period runs from that entry, a date this order cannot know. The one place the order text, the wizard's ruling step and the review panel get it
 * from; undefined without a grant, a signing date or a known district.
 */
export function petitionDeadlineForDraft(draft: MotionDraft): PetitionDeadline | undefined {
  const district = findDistrict(draft.case.districtId ?? "");
  const circuit = appellateCircuit(draft);
  const { decision } = draft.certification;
  // Vacated and re-entered: the ten days run from the amended order's entry, which this order does not date.
  const reentered = draft.amendment.requested === true && draft.amendment.form === "vacate-and-reenter";
  if (decision !== "grant" && decision !== "grant-in-part") return undefined;
  if (reentered || !draft.orderDate || !district || !circuit) return undefined;
  return petitionDeadline({ entryDate: draft.orderDate, region: deadlineRegionFor(district, circuit) });
}
