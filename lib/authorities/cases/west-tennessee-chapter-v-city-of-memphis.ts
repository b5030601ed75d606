import { defineCase } from "../define-authority";

const DONALDSON = "https://print.casetext.com/case/donaldson-v-us-22";

/** *West Tennessee Chapter of Associated Builders & Contractors, Inc. v. City of Memphis* (W.D. Tenn.): when a ground for difference of opinion is substantial. */
export default defineCase({
  id: "west-tennessee-chapter-v-city-of-memphis",
  name: "W. Tenn. Chapter of Associated Builders & Contractors, Inc. v. City of Memphis",
  shortName: "W. Tenn. Chapter",
  cite: { volume: 138, reporter: "F. Supp. 2d", firstPage: 1015 },
  court: "W.D. Tenn.",
  year: 2000,
  decided: "2000-12-20",
  decidedSource: "http://casetext.com/case/west-tenn-assoc-builders-v-city-of-memphis",
  circuit: "6th",
  isDistrictCourt: true,
  verification: {
    level: "cite-and-pin",
    source: DONALDSON,
    checked: "2026-11-23",
    note: "Seen only as cited, with pins 1018-19, in Donaldson v. United States, No. 99-10433 (E.D. Mich. Dec. 15, 2005), which abbreviates the name \"W. Tenn. Chptr. of Assoc. Builders Contrs., Inc.\"; the parties' full names are from the Sixth Circuit's caption in In re City of Memphis, 293 F.3d 345 (https://case-law.vlex.com/vid/in-re-city-of-893309903). The decision's own caption was seen later (casetext, cetient, midpage): No. 99-2001 (W.D. Tenn. Dec. 20, 2000), so the year is 2000, not 2001 as first recorded; the pin was not re-checked there.",
  },
  propositions: [
    {
      id: "substantial-ground",
      pin: "1018-19",
      statement:
        "A substantial ground for difference of opinion exists when the question is difficult and of first impression, when a difference of opinion exists within the controlling circuit, or when the circuits are split on the question.",
      pinVerified: true,
      pinSource: DONALDSON,
      note: "Donaldson states the test unquoted, citing this decision: the statement paraphrases.",
    },
  ],
});
