import type { CircuitId } from "@/lib/courts/circuits";

/**
 * Each circuit's position on re-entering or recertifying an order already certified under
 * § 1292(b) so as to restart the ten days for a petition, as far as verified. "does-not-restart":
 * the court of appeals has held the period jurisdictional and the re-entry ineffective
 * (`authorityId` when the library holds the case; otherwise `citation` as seen, with what was not
 * verified). "unsettled": nothing verified for the circuit; commentary reports that other circuits
 * allowed the practice before the Seventh and D.C. Circuits rejected it.
 */
export type RecertificationPosition =
  | { holding: "does-not-restart"; authorityId: string; propositionId: string; source: string }
  | { holding: "does-not-restart"; citation: string; source: string }
  | { holding: "unsettled"; source: string };

/** The split as one commentator describes it (July 14, 2020), for the "unsettled" circuits. */
const COMMENTARY = "https://finaldecisions.org/another-court-says-no-restarting-the-%c2%a7-1292b-clock";

export const RECERTIFICATION_POSITIONS: Record<CircuitId, RecertificationPosition> = {
  "1st": { holding: "unsettled", source: COMMENTARY },
  "2d": { holding: "unsettled", source: COMMENTARY },
  "3d": { holding: "unsettled", source: COMMENTARY },
  "4th": { holding: "unsettled", source: COMMENTARY },
  "5th": { holding: "unsettled", source: COMMENTARY },
  "6th": { holding: "unsettled", source: COMMENTARY },
  "7th": {
    holding: "does-not-restart",
    authorityId: "groves-v-united-states",
    propositionId: "no-restart-by-recertifying",
    source: "http://ecases.us/mobile/case/ca7/c1876256/philip-groves-v-united-states",
  },
  "8th": { holding: "unsettled", source: COMMENTARY },
  "9th": { holding: "unsettled", source: COMMENTARY },
  "10th": { holding: "unsettled", source: COMMENTARY },
  "11th": { holding: "unsettled", source: COMMENTARY },
  // The opinion (Nos. 19-7083, 19-8004, decided July 10, 2020) was seen; its reporter citation was not.
  dc: {
    holding: "does-not-restart",
    citation: "Strange v. Islamic Republic of Iran, Nos. 19-7083, 19-8004 (D.C. Cir. July 10, 2020)",
    source: "https://law.justia.com/cases/federal/appellate-courts/cadc/19-8004/19-8004-2020-07-10.html",
  },
  fed: { holding: "unsettled", source: COMMENTARY },
};
