import { defineCase } from "../define-authority";

const SOURCE = "https://law.justia.com/cases/federal/appellate-courts/ca7/15-3254/15-3254-2017-06-16.html";

/** *Coleman v. Labor & Industry Review Commission*: a magistrate judge needs the consent of both sides, served or not. */
export default defineCase({
  id: "coleman-v-lirc",
  name: "Coleman v. Lab. & Indus. Rev. Comm'n of Wis.",
  shortName: "Coleman",
  cite: { volume: 860, reporter: "F.3d", firstPage: 461 },
  court: "7th Cir.",
  year: 2017,
  decided: "2017-06-16",
  decidedSource: SOURCE,
  circuit: "7th",
  isDistrictCourt: false,
  verification: {
    level: "cite",
    source: "http://casetext.com/case/coleman-v-labor-indus-review-commn-of-wis",
    checked: "2026-12-05",
    note: 'Casetext heads it "860 F.3d 461 (7th Cir. 2017)", No. 15-3254, June 16, 2017 (Wood, C.J.); Justia\'s copy reads "ARGUED NOVEMBER 2, 2016 — DECIDED JUNE 16, 2017". Posner, J., dissented on the merits.',
  },
  propositions: [
    {
      id: "both-sides-consent",
      quote: "only consent by both (or all) parties",
      statement:
        'Under § 636(c)(1), "only consent by both (or all) parties"—the names on both sides of the "v," whether or not they have been served—gives a magistrate judge authority to decide the case.',
      pinVerified: false,
      note: "Words seen only in Casetext's summary of the case as another court describes it (\"holding that 'only consent by both (or all) parties,' that is, 'the names on both sides of the 'v,' without regard to events such as service of process,' will suffice\"); the page was not seen.",
    },
  ],
});
