import { defineCase } from "../define-authority";

/** *Gugliuzza v. FTC (In re Gugliuzza)*: no § 1292(b) jurisdiction without district-court certification. */
export default defineCase({
  id: "in-re-gugliuzza",
  name: "Gugliuzza v. FTC (In re Gugliuzza)",
  shortName: "In re Gugliuzza",
  cite: { volume: 852, reporter: "F.3d", firstPage: 884 },
  court: "9th Cir.",
  year: 2017,
  decided: "2017-03-24",
  decidedSource: "https://law.justia.com/cases/federal/appellate-courts/ca9/15-55510/15-55510-2017-03-24.html",
  circuit: "9th",
  isDistrictCourt: false,
  verification: {
    level: "cite",
    source: "https://law.justia.com/cases/federal/appellate-courts/ca9/15-55510/15-55510-2017-03-24.html",
    checked: "2026-11-22",
    note: "No. 15-55510, filed Mar. 24, 2017 (Ikuta, J.). Holding seen in the court-staff summary; pin 898 open.",
  },
  propositions: [
    {
      id: "no-jurisdiction-without-certification",
      pin: "898",
      statement:
        "Absent the district court's certification, the court of appeals lacks jurisdiction under § 1292(b) over an interlocutory order.",
      parenthetical:
        "noting that the Ninth Circuit lacks jurisdiction over a district court's order pursuant to § 1292 where the district court does not certify its decision for interlocutory review",
      pinVerified: false,
      note: "Seed 002's parenthetical matches the court-staff summary; pin 898 open (AUTHORITIES.md §f item 15).",
    },
  ],
});
