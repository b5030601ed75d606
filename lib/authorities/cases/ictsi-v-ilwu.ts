import { defineCase } from "../define-authority";

/** *ICTSI Oregon, Inc. v. International Longshore & Warehouse Union*: no § 1292(b) review of fact-bound questions. */
export default defineCase({
  id: "ictsi-v-ilwu",
  name: "ICTSI Or., Inc. v. Int'l Longshore & Warehouse Union",
  shortName: "ICTSI Or., Inc.",
  cite: { volume: 22, reporter: "F.4th", firstPage: 1125 },
  court: "9th Cir.",
  year: 2022,
  decided: "2022-01-18",
  decidedSource: "http://casetext.com/case/ictsi-or-inc-v-intl-longshore-warehouse-union-6",
  circuit: "9th",
  isDistrictCourt: false,
  verification: {
    level: "cite",
    source: "http://casetext.com/case/ictsi-or-inc-v-intl-longshore-warehouse-union-6",
    checked: "2026-11-22",
    note: "Filed Jan. 18, 2022, Nos. 20-35818, 20-35819. Holding seen in a summary (lexblog.com); pins open.",
  },
  propositions: [
    {
      id: "question-of-fact",
      statement:
        "The court of appeals lacks jurisdiction under § 1292(b) over a certified question that is in substance factual, and it may not reach a legal question outside the four corners of the certified order.",
      pinVerified: false,
      pinSource:
        "https://www.lexblog.com/2022/01/18/ninth-circuit-holds-that-court-of-appeals-could-not-extend-appellate-jurisdiction-under-28-u-s-c-%c2%a7-1292b-to-address-question-of-law-not-presented-in-the-four-corners-of-the-certi/",
      note: "No pin: the pages (about 1130-34) are not confirmed. Not in any circuit's default formulation (an order should not rest a specific proposition on an unpinned cite); the clerk may choose it for the Ninth Circuit's pure-question-of-law slot, flagged.",
    },
  ],
});
