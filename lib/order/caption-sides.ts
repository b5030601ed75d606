import type { Party, PartySide } from "@/lib/motion/schema";
import type { CaptionSide } from "@/lib/order-doc/types";
import type { CaptionStyle } from "@/lib/style/caption-style";
import { captionNames, captionRoleLabel } from "./party-names";

const PLACEHOLDER: Record<PartySide, string> = { plaintiff: "[PLAINTIFF]", defendant: "[DEFENDANT]" };

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
    return { names: [names], label: `${captionRoleLabel(parties, side)}${side === "plaintiff" ? "," : "."}` };
  }
  const bare = names.replace(/,$/, "");
  if (form === "labels-right")
    return { names: [bare], label: captionRoleLabel(parties, side).toLocaleUpperCase("en-US") };
  return { names: [bare.replace(/\bet al\.$/, "ET AL.")], label: "" };
}
