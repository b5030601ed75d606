import { defineStatute } from "../define-authority";

const TEXT_SOURCE = "https://lexbuild.dev/usc/title-09/chapter-01/section-16";

/** 9 U.S.C. § 16(a)(1): an order refusing a § 3 stay or denying a § 4 petition to compel arbitration is appealable. */
export default defineStatute({
  id: "9-usc-16-a-1",
  title: 9,
  code: "U.S.C.",
  section: "16(a)(1)",
  verification: {
    level: "cite-and-pin",
    source: TEXT_SOURCE,
    checked: "2026-12-05",
    note: "Text of § 16(a) and (b) seen at lexbuild.dev (currency 119-84) and http://caselaw.lp.findlaw.com/casecode/uscodes/9/chapters/1/sections/section_16.html (U.S. Code as of 01/03/05), identical.",
  },
  propositions: [
    {
      id: "refusing-stay",
      quote: "refusing a stay of any action under section 3 of this title",
      statement:
        'An appeal may be taken from an order "refusing a stay of any action under section 3 of this title," 9 U.S.C. § 16(a)(1)(A).',
      pinVerified: true,
      pinSource: TEXT_SOURCE,
    },
    {
      id: "denying-arbitration",
      quote: "denying a petition under section 4 of this title to order arbitration to proceed",
      statement:
        'An appeal may be taken from an order "denying a petition under section 4 of this title to order arbitration to proceed," 9 U.S.C. § 16(a)(1)(B).',
      pinVerified: true,
      pinSource: TEXT_SOURCE,
    },
  ],
});
