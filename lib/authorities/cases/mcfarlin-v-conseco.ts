import { defineCase } from "../define-authority";

const PEARSON_9 = "https://en.wikisource.org/wiki/Page:Pearson_v._Kemp_(20-14480)_(2020)_Decision.pdf/9";
const PEARSON_11 = "https://en.wikisource.org/wiki/Page:Pearson_v._Kemp_(20-14480)_(2020)_Decision.pdf/11";
const CAREY = "https://print.casetext.com/case/carey-v-kirk-2";

/** *McFarlin v. Conseco Services, LLC*: the Eleventh Circuit's "pure question of law". */
export default defineCase({
  id: "mcfarlin-v-conseco",
  name: "McFarlin v. Conseco Servs., LLC",
  shortName: "McFarlin",
  cite: { volume: 381, reporter: "F.3d", firstPage: 1251 },
  court: "11th Cir.",
  year: 2004,
  decided: "2004-08-26",
  decidedSource: "http://casetext.com/case/mcfarlin-v-conseco-services-llc/case-details",
  circuit: "11th",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source: PEARSON_9,
    checked: "2026-11-23",
    note: "No. 03-13958, decided Aug. 26, 2004 (Carnes, J.) (http://casetext.com/case/mcfarlin-v-conseco-services-llc/case-details). Pin 1259 seen as quoted in Pearson v. Kemp, No. 20-14480 (11th Cir. Dec. 4, 2020); pin 1264 as cited in Carey v. Kirk, No. 21-20408-CIV (S.D. Fla. Sept. 13, 2022).",
  },
  propositions: [
    {
      id: "pure-controlling-question",
      pin: "1259",
      quote:
        "can rule on a pure, controlling question of law without having to delve beyond the surface of the record in order to determine the facts",
      statement:
        'Section 1292(b) review is reserved for situations in which the court of appeals "can rule on a pure, controlling question of law without having to delve beyond the surface of the record in order to determine the facts."',
      pinVerified: true,
      pinSource: PEARSON_9,
    },
    {
      id: "settled-law",
      pin: "1259",
      quote: "whether the district court properly applied settled law to the facts or evidence of a particular case",
      statement:
        'It does not reach the question "whether the district court properly applied settled law to the facts or evidence of a particular case."',
      pinVerified: true,
      pinSource: PEARSON_9,
    },
    {
      id: "antithesis",
      pin: "1259",
      quote: "the antithesis of a proper § 1292(b) appeal",
      statement:
        'An appeal that asks the court of appeals to apply settled law to the facts of a particular case is "the antithesis of a proper § 1292(b) appeal."',
      pinVerified: true,
      pinSource: PEARSON_11,
    },
    {
      id: "burden",
      pin: "1264",
      statement: "The party seeking certification bears the burden of establishing the requirements of § 1292(b).",
      pinVerified: true,
      pinSource: CAREY,
      note: 'Carey\'s parenthetical: "noting that the burden of establishing the § 1292(b) requirements is on the petitioning party".',
    },
    {
      id: "exceptional-cases",
      pin: "1256",
      statement:
        "Certification under § 1292(b) is proper only in exceptional cases in which an immediate appeal may avoid protracted and expensive litigation.",
      pinVerified: false,
      note: "The point is in Casetext's summary; pin 1256 and the words are open (AUTHORITIES.md §f item 11).",
    },
  ],
});
