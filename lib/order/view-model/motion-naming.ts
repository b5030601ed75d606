import type { Findings } from "@/lib/standards/types";
import type { StyleProfile } from "@/lib/style/style-profile";

/**
 * How the order names the motion where it announces and decrees the ruling: by its filed title
 * ("the Court GRANTS Plaintiffs' Motion to Certify Order for Interlocutory Appeal", D. Conn.,
 * M.D. La.) when the chambers names motions so, else as "motion" / "motion for certification".
 * A decree names the filed motion only when certification is all it asks: granting the whole
 * motion by its title beside a decree denying its stay would contradict it.
 */
export function motionNamingView(style: StyleProfile, findings: Findings) {
  const byTitle = style.decree.motionByTitle === true;
  const asksOnlyCertification =
    findings.stay.disposition === "not-requested" && findings.reconsideration.disposition === "not-requested";
  return { by_title: byTitle, decree_by_title: byTitle && asksOnlyCertification };
}
