import type { District } from "@/lib/courts";
import type { MotionDraft } from "@/lib/motion/schema";
import type { StyleProfile } from "@/lib/style/style-profile";
import { captionNames, namesSeveral } from "./party-names";
import type { Caption } from "@/lib/order-doc/types";

const isPlural = (parties: MotionDraft["case"]["parties"]) =>
  parties.length > 1 || parties.some((party) => namesSeveral(party.name));

/** The caption is layout, so it is built in code: court lines, both sides' names and roles, case number. */
export function buildCaption(draft: MotionDraft, district: District | undefined, style: StyleProfile): Caption {
  const plaintiffs = draft.case.parties.filter((party) => party.side === "plaintiff");
  const defendants = draft.case.parties.filter((party) => party.side === "defendant");
  const caseNumber = (draft.case.caseNumber ?? "").trim();
  const prefix = /^(case\s+)?no\b/i.test(caseNumber)
    ? ""
    : style.captionLayout === "two-column"
      ? "Case No.: "
      : "No. ";
  return {
    courtLines: district?.captionLines ?? ["UNITED STATES DISTRICT COURT"],
    plaintiffs: {
      names: [captionNames(plaintiffs) || "[PLAINTIFF],"],
      label: isPlural(plaintiffs) ? "Plaintiffs," : "Plaintiff,",
    },
    defendants: {
      names: [captionNames(defendants) || "[DEFENDANT],"],
      label: isPlural(defendants) ? "Defendants." : "Defendant.",
    },
    caseNumberLine: `${prefix}${caseNumber || "[case number]"}`,
  };
}
