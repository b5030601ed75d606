import { defineCase } from "../define-authority";

/** *Landis v. North American Co.*: the inherent power to stay proceedings to control the docket. */
export default defineCase({
  id: "landis-v-north-american",
  name: "Landis v. N. Am. Co.",
  shortName: "Landis",
  cite: { volume: 299, reporter: "U.S.", firstPage: 248 },
  court: "",
  year: 1936,
  decided: "1936-12-07",
  decidedSource: "https://supreme.justia.com/cases/federal/us/299/248/",
  circuit: "scotus",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source: "https://supreme.justia.com/cases/federal/us/299/248/",
    checked: "2026-11-22",
    note: "299 U.S. 248; 57 S. Ct. 163; decided Dec. 7, 1936. Pin 254 seen as the syllabus's page reference.",
  },
  propositions: [
    {
      id: "docket-control",
      pin: "254",
      quote:
        "the power to stay proceedings is incidental to the power inherent in every court to control the disposition of the causes on its docket with economy of time and effort for itself, for counsel, and for litigants",
      statement:
        'A district court may stay its own proceedings, for "the power to stay proceedings is incidental to the power inherent in every court to control the disposition of the causes on its docket with economy of time and effort for itself, for counsel, and for litigants."',
      pinVerified: true,
      pinSource: "https://supreme.justia.com/cases/federal/us/299/248/",
    },
    {
      id: "hardship",
      pin: "255",
      statement:
        "A party seeking a stay must make out a clear case of hardship or inequity in being required to go forward if there is a fair possibility that the stay will damage someone else.",
      pinVerified: false,
      note: 'Pin 255 and the "clear case of hardship or inequity" wording open (AUTHORITIES.md §f item 6).',
    },
  ],
});
