import { defineCase } from "../define-authority";

const DONALDSON = "https://print.casetext.com/case/donaldson-v-us-22";
const BLOG = "https://www.sixthcircuitappellateblog.com/tag/interlocurtory-appeal/";

/** *In re City of Memphis*: the Sixth Circuit's statement of the § 1292(b) conditions. */
export default defineCase({
  id: "in-re-city-of-memphis",
  name: "In re City of Memphis",
  shortName: "In re City of Memphis",
  cite: { volume: 293, reporter: "F.3d", firstPage: 345 },
  court: "6th Cir.",
  year: 2002,
  decided: "2002-05-31",
  decidedSource: "http://casetext.com/case/in-re-city-of-memphis",
  circuit: "6th",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source: "https://case-law.vlex.com/vid/in-re-city-of-893309903",
    checked: "2026-11-23",
    note: "No. 01-0503, decided May 31, 2002 (Guy, J.; Clay, J., dissenting); permission to appeal denied. Pin 350 also cited in In re Trump, 874 F.3d 948 (6th Cir. 2017) (AUTHORITIES.md 6-2). Quotations at 350 seen 2026-11-23 in Donaldson v. United States, No. 99-10433 (E.D. Mich. Dec. 15, 2005), and the Sixth Circuit Appellate Blog.",
  },
  propositions: [
    {
      id: "three-conditions",
      pin: "350",
      quote:
        "(1) the order involves a controlling question of law, (2) a substantial ground for difference of opinion exists regarding the correctness of the decision, and (3) an immediate appeal may materially advance the ultimate termination of the litigation",
      statement:
        'A district court may certify an order for interlocutory appeal if "(1) the order involves a controlling question of law, (2) a substantial ground for difference of opinion exists regarding the correctness of the decision, and (3) an immediate appeal may materially advance the ultimate termination of the litigation."',
      pinVerified: true,
      pinSource: DONALDSON,
    },
    {
      id: "sparingly",
      pin: "350",
      quote: "sparingly and only in exceptional cases",
      statement: 'Review under § 1292(b) is granted "sparingly and only in exceptional cases."',
      pinVerified: true,
      pinSource: BLOG,
      note: 'Donaldson paraphrases the same page: interlocutory appeals "are granted sparingly and only in exceptional cases where an immediate appeal may prevent protracted litigation".',
    },
  ],
});
