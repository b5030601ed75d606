import { defineCase } from "../define-authority";

/** *United States ex rel. Michaels v. Agape Senior Community, Inc.*: a fact-bound certified question is not a pure question of law. */
export default defineCase({
  id: "michaels-v-agape-senior-community",
  name: "United States ex rel. Michaels v. Agape Senior Cmty., Inc.",
  shortName: "Michaels",
  cite: { volume: 848, reporter: "F.3d", firstPage: 330 },
  court: "4th Cir.",
  year: 2017,
  decided: "2017-02-14",
  decidedSource:
    "http://elawyers.us/opinion/ca4/2017/15-2145/united-states-ex-rel-michaels-v-agape-senior-community-inc",
  circuit: "4th",
  isDistrictCourt: false,
  verification: {
    level: "cite",
    source: "http://www.ecases.us/case/ca4/c3225660/united-states-ex-rel-michaels-v-agape-senior-community-inc",
    checked: "2026-11-23",
    note: "Nos. 15-2145, 15-2147, decided Feb. 14, 2017. The court affirmed the certified Government-veto ruling and dismissed the statistical-sampling appeal as improvidently granted because that question was not a pure question of law (AUTHORITIES.md 4-3). A search on 2026-11-23 found no source showing the pins.",
  },
  propositions: [
    {
      id: "pure-question-of-law",
      pin: "340-41",
      statement:
        "A controlling question of law under § 1292(b) must be a pure question of law, one the court of appeals can decide without having to study the record; a certified question that turns on the facts of the case does not qualify.",
      pinVerified: false,
      note: "Pins 340-41 and the Ahrenholz-derived wording are open (AUTHORITIES.md §f item 12): the statement is a paraphrase of the holding as summarized.",
    },
  ],
});
