import { defineStatute } from "../define-authority";

/** 42 U.S.C. § 1983, as amended in 1996: injunctive relief against judicial officers. */
export default defineStatute({
  id: "42-usc-1983",
  title: 42,
  code: "U.S.C.",
  section: "1983",
  verification: {
    level: "cite",
    source: "official reporter",
    checked: "2026-11-22",
    note: "Amended by the Federal Courts Improvement Act of 1996, Pub. L. No. 104-317, § 309(c) (not confirmed). The current wording was not seen in a source.",
  },
  propositions: [
    {
      id: "judicial-officer-injunctive-relief",
      quote: "unless a declaratory decree was violated or declaratory relief was unavailable",
      statement:
        'Since 1996, § 1983 bars injunctive relief against a judicial officer for an act or omission taken in the officer\'s judicial capacity "unless a declaratory decree was violated or declaratory relief was unavailable."',
      pinVerified: false,
      note: 'Quotation as seed 001 prints it; the statutory text was not confirmed. Seed 001\'s gloss ("any judicial officer, state or federal") goes beyond the text.',
    },
  ],
});
