import { defineCase } from "../define-authority";

/** *Hilton v. Braunskill*: source of the four traditional stay factors restated in *Nken*. */
export default defineCase({
  id: "hilton-v-braunskill",
  name: "Hilton v. Braunskill",
  shortName: "Hilton",
  cite: { volume: 481, reporter: "U.S.", firstPage: 770 },
  court: "",
  year: 1987,
  decided: "1987-05-26",
  decidedSource: "https://lawaspect.com/case-hilton-v-braunskill/",
  circuit: "scotus",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source:
      "http://joshblackman.com/blog/2013/02/20/scotus-cites-nken-v-holder-for-first-time-since-sg-confesses-error/",
    checked: "2026-11-22",
    note: "Cite and pin seen as quoted in Nken, 556 U.S. at 434. No. 86-108, argued Mar. 25, 1987, decided May 26, 1987 (decidedSource; the vLex copy's caption, https://case-law.vlex.com/vid/481-u-s-770-605046406, agrees).",
  },
  propositions: [
    {
      id: "four-factors",
      pin: "776",
      statement:
        "A stay pending appeal turns on the applicant's likelihood of success on the merits, irreparable injury to the applicant absent a stay, injury to the other parties, and the public interest.",
      pinVerified: true,
      pinSource:
        "http://joshblackman.com/blog/2013/02/20/scotus-cites-nken-v-holder-for-first-time-since-sg-confesses-error/",
    },
  ],
});
