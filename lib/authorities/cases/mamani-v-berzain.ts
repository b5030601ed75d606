import { defineCase } from "../define-authority";

const PEARSON_9 = "https://en.wikisource.org/wiki/Page:Pearson_v._Kemp_(20-14480)_(2020)_Decision.pdf/9";

/** *Mamani v. Berzain*: the Eleventh Circuit's five conditions for § 1292(b) review. */
export default defineCase({
  id: "mamani-v-berzain",
  name: "Mamani v. Berzain",
  shortName: "Mamani",
  cite: { volume: 825, reporter: "F.3d", firstPage: 1304 },
  court: "11th Cir.",
  year: 2016,
  decided: "2016-06-16",
  decidedSource: "http://casetext.com/case/mamani-v-berzain-6",
  circuit: "11th",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source: PEARSON_9,
    checked: "2026-11-23",
    note: 'Cite, pin 1312 and quotation seen as quoted in Pearson v. Kemp, No. 20-14480 (11th Cir. Dec. 4, 2020), which adds "(quotation marks omitted)" (AUTHORITIES.md 11-2).',
  },
  propositions: [
    {
      id: "five-conditions",
      pin: "1312",
      quote:
        "(1) the issue is a pure question of law, (2) the issue is controlling of at least a substantial part of the case, (3) the issue was specified by the district court in its order, (4) there are substantial grounds for difference of opinion on the issue, and (5) resolution may well substantially reduce the amount of litigation necessary on remand",
      statement:
        'The court of appeals will consider an issue under § 1292(b) only when "(1) the issue is a pure question of law, (2) the issue is controlling of at least a substantial part of the case, (3) the issue was specified by the district court in its order, (4) there are substantial grounds for difference of opinion on the issue, and (5) resolution may well substantially reduce the amount of litigation necessary on remand."',
      parenthetical: "quotation marks omitted",
      pinVerified: true,
      pinSource: PEARSON_9,
    },
  ],
});
