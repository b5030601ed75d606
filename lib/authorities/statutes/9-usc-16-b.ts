import { defineStatute } from "../define-authority";

const TEXT_SOURCE = "https://lexbuild.dev/usc/title-09/chapter-01/section-16";

/** 9 U.S.C. § 16(b): an order compelling arbitration or granting a § 3 stay is appealable only by § 1292(b). */
export default defineStatute({
  id: "9-usc-16-b",
  title: 9,
  code: "U.S.C.",
  section: "16(b)",
  verification: {
    level: "cite-and-pin",
    source: TEXT_SOURCE,
    checked: "2026-12-05",
    note: "Text seen at lexbuild.dev and http://caselaw.lp.findlaw.com/casecode/uscodes/9/chapters/1/sections/section_16.html, identical.",
  },
  propositions: [
    {
      id: "only-by-certification",
      quote:
        "Except as otherwise provided in section 1292(b) of title 28, an appeal may not be taken from an interlocutory order",
      statement:
        '"Except as otherwise provided in section 1292(b) of title 28, an appeal may not be taken from an interlocutory order" granting a stay under 9 U.S.C. § 3 or directing arbitration to proceed under § 4.',
      pinVerified: true,
      pinSource: TEXT_SOURCE,
    },
  ],
});
