import { defineCase } from "../define-authority";

const OPINION = "https://app.midpage.ai/document/clark-dietz-v-basic-construction-company-415428";

/** *Clark-Dietz & Associates-Engineers, Inc. v. Basic Construction Co.*: no § 1292(b) appeal to review the facts. */
export default defineCase({
  id: "clark-dietz-v-basic-construction",
  name: "Clark-Dietz & Assocs.-Eng'rs, Inc. v. Basic Constr. Co.",
  shortName: "Clark-Dietz",
  cite: { volume: 702, reporter: "F.2d", firstPage: 67 },
  court: "5th Cir.",
  year: 1983,
  decided: "1983-03-21",
  decidedSource: "https://casetext.com/case/clark-dietz-assoc-engineers-v-basic-const",
  circuit: "5th",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source: OPINION,
    checked: "2026-11-23",
    note: 'Decided Mar. 21, 1983, No. 82-9312 (Rubin, J.); leave to appeal denied because the district court did not specify the controlling issue of law. Opinion text also at http://print.casetext.com/case/clark-dietz-assoc-engineers-v-basic-const (2026-11-23). Pin 69 for "fact-review questions" as quoted in Solis v. Univ. Project Mgmt., Inc. (S.D. Tex. 2009), via AUTHORITIES.md 5-1.',
  },
  propositions: [
    {
      id: "fact-review",
      pin: "69",
      quote: "fact-review questions",
      extraQuotes: ["inappropriate for § 1292(b) review"],
      statement: 'So-called "fact-review questions" are "inappropriate for § 1292(b) review."',
      pinVerified: true,
      pinSource:
        "https://jhany.com/2012/03/15/when-does-a-case-present-a-substantial-ground-for-difference-of-opinion-within-28-u-s-c-%c2%a7-1292b-factors/",
    },
    {
      id: "correctness-of-liability",
      quote:
        "An interlocutory appeal assuredly does not lie simply to determine the correctness of a judgment of liability",
      statement:
        '"An interlocutory appeal assuredly does not lie simply to determine the correctness of a judgment of liability."',
      pinVerified: false,
      note: "The sentence was seen in the opinion's text (midpage, casetext), which shows no page breaks: its page (68 or 69) is open, so it prints without a pin.",
    },
  ],
});
