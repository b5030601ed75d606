import { defineCase } from "../define-authority";

/** *United States v. Nixon*: the strong congressional policy against piecemeal review (as quoted in *Judicial Watch*). */
export default defineCase({
  id: "united-states-v-nixon",
  name: "United States v. Nixon",
  shortName: "Nixon",
  cite: { volume: 418, reporter: "U.S.", firstPage: 683 },
  court: "",
  year: 1974,
  decided: "1974-07-24",
  decidedSource: "https://www.lexisnexis.com/community/case-opinion/b/case/posts/united-states-v-nixon",
  circuit: "scotus",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source: "https://print.casetext.com/case/judicial-watch-v-national-energy-policy-dev/how-cited",
    checked: "2026-11-22",
    note: "Cite and pin 690 seen only as quoted by Judicial Watch, 233 F. Supp. 2d at 20. Whether Nixon itself quotes an earlier decision for these words was not checked.",
  },
  propositions: [
    {
      id: "piecemeal-policy",
      pin: "690",
      quote:
        "strong congressional policy against piecemeal reviews, and against obstructing or impeding an ongoing judicial proceeding by interlocutory appeals",
      statement:
        'There is a "strong congressional policy against piecemeal reviews, and against obstructing or impeding an ongoing judicial proceeding by interlocutory appeals."',
      pinVerified: true,
      pinSource: "https://print.casetext.com/case/judicial-watch-v-national-energy-policy-dev/how-cited",
    },
  ],
});
