import { defineStatute } from "../define-authority";

const TEXT_SOURCE = "https://vdocuments.site/liiuscti42ch21scise1983.html";

/** 42 U.S.C. § 1983, as amended in 1996: injunctive relief against judicial officers. */
export default defineStatute({
  id: "42-usc-1983",
  title: 42,
  code: "U.S.C.",
  section: "1983",
  verification: {
    level: "cite-and-pin",
    source: TEXT_SOURCE,
    checked: "2026-12-05",
    note: "Current text and source credit (Pub. L. 104-317, title III, § 309(c), Oct. 19, 1996, 110 Stat. 3853) seen in a copy of the Cornell LII compilation (current as of Jan. 4, 2012); the same text at http://constitution.org/2-Authors/grossack/suejud.htm (Senate Report 104-366, changes in existing law).",
  },
  cautions: [
    'Section 1983 reaches persons acting under color of state law: its 1996 bar on injunctive relief against a judicial officer applies to a federal judge or magistrate judge at most by analogy. Cite it for a federal judicial officer only with "cf.", and rest the immunity itself on the federal cases (Moore v. Brewster; Ashelman v. Pope).',
  ],
  propositions: [
    {
      id: "judicial-officer-injunctive-relief",
      quote: "unless a declaratory decree was violated or declaratory relief was unavailable",
      statement:
        'Since 1996, § 1983 bars injunctive relief against a judicial officer for an act or omission taken in the officer\'s judicial capacity "unless a declaratory decree was violated or declaratory relief was unavailable."',
      pinVerified: true,
      pinSource: TEXT_SOURCE,
      note: 'Seed 001\'s gloss ("any judicial officer, state or federal") goes beyond the text, which amends a statute about state action.',
    },
  ],
});
