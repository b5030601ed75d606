import { defineCase } from "../define-authority";

/** *Pimentel & Sons Guitar Makers, Inc. v. Pimentel*: only final decisions are appealable (a § 1292(a)(1) case). */
export default defineCase({
  id: "pimentel-v-pimentel",
  name: "Pimentel & Sons Guitar Makers, Inc. v. Pimentel",
  shortName: "Pimentel",
  cite: { volume: 477, reporter: "F.3d", firstPage: 1151 },
  court: "10th Cir.",
  year: 2007,
  decided: "2007-02-16",
  decidedSource: "https://cetient.com/opinion/168791/pimentel-sons-v-pimentel",
  circuit: "10th",
  isDistrictCourt: false,
  cautions: [
    "Pimentel is a § 1292(a)(1) injunction-appealability case, not a § 1292(b) case: cite it for the general final-judgment rule only.",
  ],
  verification: {
    level: "cite",
    source: "https://ca10.washburnlaw.edu/cases/2007/02/05-2336.htm",
    checked: "2026-11-22",
    note: 'No. 05-2336, filed Feb. 16, 2007 (Tacha, C.J.). Seed 000 prints "Pimental" and "V.": both wrong.',
  },
  propositions: [
    {
      id: "final-decisions",
      pin: "1153",
      quote: "As a general rule, only final decisions of the district court are appealable",
      statement: '"As a general rule, only final decisions of the district court are appealable."',
      citing: { authorityId: "28-usc-1291" },
      pinVerified: false,
      note: "Quotation as seed 000 prints it; pin 1153 and words not yet confirmed (AUTHORITIES.md §f item 11).",
    },
  ],
});
