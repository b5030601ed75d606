import type { Party, PartySide } from "@/lib/motion/schema";
import type { CaptionSide } from "@/lib/order-doc/types";
import type { CaptionStyle } from "@/lib/style/caption-style";
import { captionNames, namesSeveral } from "./party-names";

const PLACEHOLDER: Record<PartySide, string> = { plaintiff: "[PLAINTIFF]", defendant: "[DEFENDANT]" };
const ROLE: Record<PartySide, [singular: string, plural: string]> = {
  plaintiff: ["Plaintiff", "Plaintiffs"],
  defendant: ["Defendant", "Defendants"],
};

/** The role under or beside one side: "Plaintiff", "Defendants". */
function roleLabel(parties: Party[], side: PartySide): string {
  const isPlural = parties.length > 1 || parties.some((party) => namesSeveral(party.name));
  return ROLE[side][isPlural ? 1 : 0];
}

/**
 * One side of the caption in the chambers' form: names ending "," over "Plaintiff," /
 * "Defendant." (labels-below); names over "PLAINTIFF" in capitals (labels-right, Mississippi);
 * names alone, "ET AL." in capitals (versus-rows, Louisiana). A side with no party named prints
 * a placeholder the preview shows as a gap.
 */
export function captionSide(parties: Party[], side: PartySide, form: CaptionStyle["parties"]): CaptionSide {
  const listed = captionNames(parties);
  const names = listed === "" ? `${PLACEHOLDER[side]},` : listed;
  if (form === "labels-below") {
    return { names: [names], label: `${roleLabel(parties, side)}${side === "plaintiff" ? "," : "."}` };
  }
  const bare = names.replace(/,$/, "");
  if (form === "labels-right") return { names: [bare], label: roleLabel(parties, side).toLocaleUpperCase("en-US") };
  return { names: [bare.replace(/\bet al\.$/, "ET AL.")], label: "" };
}
