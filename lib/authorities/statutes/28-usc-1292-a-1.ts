import { defineStatute } from "../define-authority";

const TEXT_SOURCE = "http://codes.lp.findlaw.com/uscode/28/IV/83/1292";

/** 28 U.S.C. § 1292(a)(1): interlocutory orders about injunctions are appealable as of right. */
export default defineStatute({
  id: "28-usc-1292-a-1",
  title: 28,
  code: "U.S.C.",
  section: "1292(a)(1)",
  verification: {
    level: "cite-and-pin",
    source: TEXT_SOURCE,
    checked: "2026-12-05",
    note: "Text of subsection (a)(1) seen at findlaw and at http://laws9.com/uscode/html/uscode28/usc_sec_28_00001292----000-.html (identical).",
  },
  propositions: [
    {
      id: "injunctions",
      quote:
        "granting, continuing, modifying, refusing or dissolving injunctions, or refusing to dissolve or modify injunctions",
      statement:
        'The courts of appeals have jurisdiction of appeals from interlocutory orders of the district courts "granting, continuing, modifying, refusing or dissolving injunctions, or refusing to dissolve or modify injunctions."',
      pinVerified: true,
      pinSource: TEXT_SOURCE,
    },
  ],
});
