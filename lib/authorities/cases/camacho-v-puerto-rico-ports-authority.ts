import { defineCase } from "../define-authority";

const RI_DOC = "http://print.casetext.com/case/united-states-v-ri-dept-of-corr-1";

/** *Camacho v. Puerto Rico Ports Authority*: in the First Circuit, § 1292(b) appeals are "hen's-teeth rare". */
export default defineCase({
  id: "camacho-v-puerto-rico-ports-authority",
  name: "Camacho v. P.R. Ports Auth.",
  shortName: "Camacho",
  cite: { volume: 369, reporter: "F.3d", firstPage: 570 },
  court: "1st Cir.",
  year: 2004,
  decided: "2004-05-21",
  decidedSource: "http://openjurist.org/369/f3d/570",
  circuit: "1st",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source: RI_DOC,
    checked: "2026-11-23",
    note: "Open item confirmed 2026-11-23: citation, pin 573 and the quotation seen as quoted in United States v. R.I. Dep't of Corr., C.A. No. 14-78 S (D.R.I. Sept. 21, 2015) (order denying § 1292(b) certification). The D.P.R. decisions in the same case (254 F. Supp. 2d 220; 267 F. Supp. 2d 174 (2003)) are in AUTHORITIES.md 1-2. No. 03-2113, heard Apr. 5, 2004, decided May 21, 2004 (Selya, J.).",
  },
  propositions: [
    {
      id: "hens-teeth-rare",
      pin: "573",
      quote: "Section 1292(b) is meant to be used sparingly, and appeals under it are, accordingly, hen's-teeth rare",
      statement:
        '"Section 1292(b) is meant to be used sparingly, and appeals under it are, accordingly, hen\'s-teeth rare."',
      pinVerified: true,
      pinSource: RI_DOC,
    },
  ],
});
