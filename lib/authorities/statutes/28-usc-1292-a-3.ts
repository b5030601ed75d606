import { defineStatute } from "../define-authority";

const TEXT_SOURCE = "http://codes.lp.findlaw.com/uscode/28/IV/83/1292";

/** 28 U.S.C. § 1292(a)(3): interlocutory admiralty decrees determining rights and liabilities are appealable as of right. */
export default defineStatute({
  id: "28-usc-1292-a-3",
  title: 28,
  code: "U.S.C.",
  section: "1292(a)(3)",
  verification: {
    level: "cite-and-pin",
    source: TEXT_SOURCE,
    checked: "2026-12-05",
    note: "Text of subsection (a)(3) seen at findlaw and at http://laws9.com/uscode/html/uscode28/usc_sec_28_00001292----000-.html (identical).",
  },
  propositions: [
    {
      id: "admiralty-decrees",
      quote:
        "determining the rights and liabilities of the parties to admiralty cases in which appeals from final decrees are allowed",
      statement:
        'The courts of appeals have jurisdiction of appeals from interlocutory decrees of the district courts "determining the rights and liabilities of the parties to admiralty cases in which appeals from final decrees are allowed."',
      pinVerified: true,
      pinSource: TEXT_SOURCE,
    },
  ],
});
