import { defineCase } from "../define-authority";

const PEARSON_9 = "https://en.wikisource.org/wiki/Page:Pearson_v._Kemp_(20-14480)_(2020)_Decision.pdf/9";

/** *Ray v. American National Red Cross*: no § 1292(b) appeal from a question the district court has not decided. */
export default defineCase({
  id: "ray-v-american-national-red-cross",
  name: "Ray v. Am. Nat'l Red Cross",
  shortName: "Ray",
  cite: { volume: 921, reporter: "F.2d", firstPage: 324 },
  court: "D.C. Cir.",
  year: 1990,
  circuit: "dc",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source: PEARSON_9,
    checked: "2026-11-23",
    note: 'Seen only as cited, pin 325, in Pearson v. Kemp, No. 20-14480 (11th Cir. Dec. 4, 2020) ("Cf. ... (no appeal when the district court certified the question under § 1292(b) without first deciding it)") (AUTHORITIES.md DC-3).',
  },
  propositions: [
    {
      id: "decide-before-certifying",
      pin: "325",
      statement:
        "No appeal lies under § 1292(b) when the district court certifies a question without first deciding it.",
      pinVerified: true,
      pinSource: PEARSON_9,
      note: "Paraphrase of Pearson's parenthetical; Ray's own words were not seen.",
    },
  ],
});
