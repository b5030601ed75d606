import { defineStatute } from "../define-authority";

/** 28 U.S.C. § 1291: appeals from final decisions of the district courts. */
export default defineStatute({
  id: "28-usc-1291",
  title: 28,
  code: "U.S.C.",
  section: "1291",
  verification: {
    level: "cite-and-pin",
    source: "official reporter",
    checked: "2026-11-22",
    note: 'AUTHORITIES.md §d marks the seeds\' § 1291 citations and the quoted words "final decisions of the district courts" OK.',
  },
  propositions: [
    {
      id: "final-decisions",
      quote: "final decisions of the district courts",
      statement: 'The courts of appeals have jurisdiction of appeals from "final decisions of the district courts."',
      pinVerified: true,
    },
  ],
});
