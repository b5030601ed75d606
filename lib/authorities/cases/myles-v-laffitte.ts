import { defineCase } from "../define-authority";

const WOODCOCK = "https://print.casetext.com/case/woodcock-v-mylan-2";

/** *Myles v. Laffitte*: the Fourth Circuit's "used sparingly ... strictly construed". */
export default defineCase({
  id: "myles-v-laffitte",
  name: "Myles v. Laffitte",
  shortName: "Myles",
  cite: { volume: 881, reporter: "F.2d", firstPage: 125 },
  court: "4th Cir.",
  year: 1989,
  circuit: "4th",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source: WOODCOCK,
    checked: "2026-11-23",
    note: "Cite, pin 127 and quotation seen as quoted in Woodcock v. Mylan, Inc., No. 2:09-cv-00507 (S.D. W. Va. Dec. 4, 2009) (AUTHORITIES.md 4-2), and in Brightwell v. Hershberger, No. DKC 11-3278 (D. Md. Oct. 5, 2016) (http://print.casetext.com/case/brightwell-v-hershberger-4).",
  },
  propositions: [
    {
      id: "used-sparingly",
      pin: "127",
      quote: "should be used sparingly and . . . its requirements must be strictly construed",
      statement: 'Section 1292(b) "should be used sparingly and . . . its requirements must be strictly construed."',
      pinVerified: true,
      pinSource: WOODCOCK,
      note: 'Woodcock\'s ellipsis; Brightwell prints "and . . . that its requirements": the elided words were not seen.',
    },
  ],
});
