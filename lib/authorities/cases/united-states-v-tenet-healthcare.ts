import { defineCase } from "../define-authority";

/** *United States v. Tenet Healthcare Corp.* (C.D. Cal.): certification is committed to the district court's discretion. */
export default defineCase({
  id: "united-states-v-tenet-healthcare",
  name: "United States v. Tenet Healthcare Corp.",
  shortName: "Tenet Healthcare",
  cite: { wl: "2004 WL 3030121", docketNumber: "No. CV04-857 GAF(JTLX)", date: "2004-12-27" },
  court: "C.D. Cal.",
  year: 2004,
  circuit: "9th",
  isDistrictCourt: true,
  verification: {
    level: "as-cited",
    source: "seed 002",
    checked: "2026-11-22",
    note: "Not confirmed anywhere: carried as Linlor v. Futero, Inc., No. 17cv218-MMA (BLM) (S.D. Cal. Apr. 5, 2018) (seed 002) cites it. The docket number's spacing is as that order prints it.",
  },
  propositions: [
    {
      id: "sound-discretion",
      pin: "*1",
      quote:
        "The decision to certify an order for interlocutory appeal is committed to the sound discretion of the district court",
      statement:
        '"The decision to certify an order for interlocutory appeal is committed to the sound discretion of the district court."',
      citing: { authorityId: "swint-v-chambers-county", propositionId: "first-line-discretion" },
      pinVerified: false,
      note: 'As seed 002 quotes it. Swint at 47 speaks of "first line discretion"; acceptable as a "citing" parenthetical.',
    },
  ],
});
