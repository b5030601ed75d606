import type { SlotId } from "@/lib/standards/formulations";

/** What each slot of the legal standard states, as the clerk would name it. */
export const SLOT_HEADINGS: Record<SlotId, string> = {
  "final-judgment-rule": "The final-judgment rule",
  "piecemeal-review": "No piecemeal review",
  "narrow-construction": "Construed narrowly",
  "exceptional-circumstances": "Exceptional circumstances",
  burden: "The movant's burden",
  discretion: "The court's discretion",
  "discretion-to-deny": "Discretion to deny",
  "three-elements": "The three elements",
  purpose: "The statute's purpose",
  "no-jurisdiction-without-certification": "No appeal without certification",
  timeliness: "Timeliness",
  "controlling-question": "Controlling question",
  "pure-question-of-law": "A pure question of law",
  "substantial-ground": "Substantial ground for difference of opinion",
  "mere-disagreement": "Mere disagreement is not enough",
  "materially-advance": "Materially advance the termination of the litigation",
  "reconsideration-59e": "Rule 59(e)",
  "reconsideration-59e-grounds": "Grounds for relief under Rule 59(e)",
  "reconsideration-59e-no-relitigation": "No relitigation",
  "reconsideration-54b": "Rule 54(b) and inherent power",
  "reconsideration-60b": "Rule 60(b)",
  "stay-pending-appeal": "Stay pending appeal",
  "stay-of-proceedings": "Stay of proceedings",
  "frap-5a3": "Amending the order (FRAP 5(a)(3))",
};
