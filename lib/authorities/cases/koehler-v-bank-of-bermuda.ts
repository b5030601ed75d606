import { defineCase } from "../define-authority";

/** *Koehler v. Bank of Bermuda Ltd.*: the "basic tenet" of delaying appellate review until final judgment. */
export default defineCase({
  id: "koehler-v-bank-of-bermuda",
  name: "Koehler v. Bank of Bermuda Ltd.",
  shortName: "Koehler",
  cite: { volume: 101, reporter: "F.3d", firstPage: 863 },
  court: "2d Cir.",
  year: 1996,
  decided: "1996-12-04",
  decidedSource: "https://m.openjurist.org/101/f3d/863",
  circuit: "2d",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source:
      "https://www.americanbar.org/groups/litigation/committees/appellate-practice/articles/2019/spring2019-pushing-pause-interlocutory-appeals-under-28-usc-1292b/",
    checked: "2026-11-22",
  },
  propositions: [
    {
      id: "basic-tenet",
      pin: "865",
      quote: "basic tenet of federal law to delay appellate review until a final judgment has been entered",
      statement:
        'An interlocutory appeal departs from the "basic tenet of federal law to delay appellate review until a final judgment has been entered."',
      citationOmitted: true,
      pinVerified: true,
      pinSource:
        "https://www.americanbar.org/groups/litigation/committees/appellate-practice/articles/2019/spring2019-pushing-pause-interlocutory-appeals-under-28-usc-1292b/",
      note: 'Koehler quotes an earlier decision for these words (the ABA article prints "(citation omitted)"); that source was not checked.',
    },
    {
      id: "great-care",
      pin: "865-66",
      statement:
        "Section 1292(b) is a rare exception to the final judgment rule, district courts must exercise great care in certifying, and the court of appeals may decline an appeal even when the district court certifies.",
      pinVerified: false,
      note: "Pins 865-66 and wording open (AUTHORITIES.md §f item 11).",
    },
  ],
});
