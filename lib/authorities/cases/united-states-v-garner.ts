import { defineCase } from "../define-authority";

const MCLAURIN = "http://print.casetext.com/case/mclaurin-v-us-6";

/** *United States v. Garner*: the Fifth Circuit allows § 1292(b) appeals only in exceptional cases. */
export default defineCase({
  id: "united-states-v-garner",
  name: "United States v. Garner",
  shortName: "Garner",
  cite: { volume: 749, reporter: "F.2d", firstPage: 281 },
  court: "5th Cir.",
  year: 1985,
  decided: "1985-01-03",
  decidedSource: "http://casetext.com/case/united-states-v-garner-6",
  circuit: "5th",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source: MCLAURIN,
    checked: "2026-11-23",
    note: "No. 83-4531, decided Jan. 3, 1985 (http://casetext.com/case/united-states-v-garner-6, whose summary reads \"noting that § 1292(b) only provides for interlocutory appeal in 'exceptional cases'\"). Pin 286 seen as cited in McLaurin v. United States, No. 2:06cv169KS-MTP (S.D. Miss. Mar. 24, 2008).",
  },
  propositions: [
    {
      id: "exceptional-cases",
      pin: "286",
      statement: "Section 1292(b) permits an interlocutory appeal only in exceptional cases.",
      pinVerified: true,
      pinSource: MCLAURIN,
      note: 'McLaurin cites Garner ("See, e.g.") for certification only in "exceptional" cases; Garner\'s own words were not seen, so the statement paraphrases.',
    },
  ],
});
