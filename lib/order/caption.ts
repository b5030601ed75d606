import type { District } from "@/lib/courts";
import type { MotionDraft } from "@/lib/motion/schema";
import type { StyleProfile } from "@/lib/style/style-profile";
import { captionNames, captionRoleLabel } from "./party-names";
import type { Caption } from "@/lib/order-doc/types";

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
      label: `${captionRoleLabel(plaintiffs, "plaintiff")},`,
    },
    defendants: {
      names: [captionNames(defendants) || "[DEFENDANT],"],
      label: `${captionRoleLabel(defendants, "defendant")}.`,
    },
    caseNumberLine: `${prefix}${caseNumber || "[case number]"}`,
  };
}
