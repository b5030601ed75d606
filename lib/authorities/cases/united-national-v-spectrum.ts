import { defineCase } from "../define-authority";

/** *United National Insurance Co. v. Spectrum Worldwide, Inc.*: three grounds to alter or amend. */
export default defineCase({
  id: "united-national-v-spectrum",
  name: "United Nat'l Ins. Co. v. Spectrum Worldwide, Inc.",
  shortName: "United Nat'l Ins. Co.",
  cite: { volume: 555, reporter: "F.3d", firstPage: 772 },
  court: "9th Cir.",
  year: 2009,
  decided: "2009-02-02",
  decidedSource: "http://elawyers.us/opinion/ca9/2009/07-55833/united-nat-ins-co-v-spectrum-worldwide-inc",
  circuit: "9th",
  isDistrictCourt: false,
  verification: {
    level: "cite",
    source: "https://case-law.vlex.com/vid/555-f-3d-772-598820282",
    checked: "2026-11-22",
    note: "No. 07-55833, decided Feb. 2, 2009 (N.R. Smith, J.). Pin 780 open.",
  },
  propositions: [
    {
      id: "three-grounds",
      pin: "780",
      quote:
        "(1) the district court is presented with newly discovered evidence, (2) the district court committed clear error or made an initial decision that was manifestly unjust, or (3) there is an intervening change in controlling law",
      statement:
        'It is appropriate to alter or amend a ruling under Rule 59(e) if "(1) the district court is presented with newly discovered evidence, (2) the district court committed clear error or made an initial decision that was manifestly unjust, or (3) there is an intervening change in controlling law."',
      citationOmitted: true,
      pinVerified: false,
      note: "Quotation as seed 002 prints it; pin 780 and words not yet confirmed (AUTHORITIES.md §f item 15).",
    },
  ],
});
