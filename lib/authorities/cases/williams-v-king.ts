import { defineCase } from "../define-authority";

const SOURCE = "https://case-law.vlex.com/vid/williams-v-king-no-891915416";

/** *Williams v. King*: § 636(c)(1) needs the consent of every named party, served or not. */
export default defineCase({
  id: "williams-v-king",
  name: "Williams v. King",
  shortName: "Williams",
  cite: { volume: 875, reporter: "F.3d", firstPage: 500 },
  court: "9th Cir.",
  year: 2017,
  decided: "2017-11-09",
  decidedSource: SOURCE,
  circuit: "9th",
  isDistrictCourt: false,
  verification: {
    level: "cite",
    source: SOURCE,
    checked: "2026-12-05",
    note: "875 F.3d 500; No. 15-15259; decided Nov. 9, 2017 (Rawlinson and N.R. Smith, JJ., and Watters, D.J.; N.R. Smith, J.), also http://casetext.com/case/williams-v-king-61/case-details and the slip opinion (Filed November 9, 2017) at https://cetient.com/case/4219162/michael-williams-v-audrey-king.",
  },
  propositions: [
    {
      id: "all-named-parties",
      quote:
        "requires the consent of all plaintiffs and defendants named in the complaint—irrespective of service of process—before jurisdiction may vest in a magistrate judge to hear and decide a civil case that a district court would otherwise hear",
      statement:
        'Section 636(c)(1) "requires the consent of all plaintiffs and defendants named in the complaint—irrespective of service of process—before jurisdiction may vest in a magistrate judge to hear and decide a civil case that a district court would otherwise hear."',
      pinVerified: false,
      note: "The opinion's opening sentence, seen word for word at vlex and casetext; the reporter page it falls on (500 or 501) was not seen.",
    },
  ],
});
