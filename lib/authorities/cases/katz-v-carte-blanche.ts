import { defineCase } from "../define-authority";

const MEMO =
  "https://legalresearch.com/litigation-advisor/litigation-pathfinder/issue-finder/legal-memorandum-requirements-for-an-interlocutory-appeal/";
const KOKEN = "https://print.casetext.com/case/koken-v-viad-corp-2";

/** *Katz v. Carte Blanche Corp.* (en banc): the Third Circuit's reading of "controlling question of law". */
export default defineCase({
  id: "katz-v-carte-blanche",
  name: "Katz v. Carte Blanche Corp.",
  shortName: "Katz",
  cite: { volume: 496, reporter: "F.2d", firstPage: 747 },
  court: "3d Cir.",
  year: 1974,
  decided: "1974-03-15",
  decidedSource: "http://fbi.openjurist.org/496/f2d/747/katz-v-carte-blanche-corporation",
  courtParentheticals: ["en banc"],
  circuit: "3d",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source: "https://case-law.vlex.com/vid/katz-v-carte-blanche-893661730",
    checked: "2026-11-23",
    note: 'Reargued Nov. 15, 1973, decided Mar. 15, 1974, amended Apr. 9, 1974, No. 72-1054 (Gibbons, J.). Pin 755 seen 2026-11-23 as quoted by a court: Koken v. Viad Corp., Civ. No. 03-5975 (E.D. Pa. May 11, 2004). Pins 754 and the "serious to the conduct" words at 755 seen only in a secondary source (a 2008 litigation memorandum). Decided Mar. 15, 1974, as amended Apr. 9, 1974; the 496 F.2d text is the opinion as amended.',
  },
  propositions: [
    {
      id: "three-requirements",
      pin: "754",
      statement:
        "Certification requires that the order involve a controlling question of law, that there be substantial ground for difference of opinion about it, and that an immediate appeal may materially advance the ultimate termination of the litigation.",
      pinVerified: true,
      pinSource: MEMO,
      note: "Seen in a secondary source (legalresearch.com memorandum dated 06/01/2008), not a court order.",
    },
    {
      id: "reversal-after-final-hearing",
      pin: "755",
      quote: "would result in a reversal of a judgment after final hearing",
      statement:
        'A controlling question of law is one that "would result in a reversal of a judgment after final hearing."',
      pinVerified: true,
      pinSource: KOKEN,
    },
    {
      id: "serious-to-conduct",
      pin: "755",
      quote: "serious to the conduct of the litigation, either practically or legally",
      statement:
        'A question may also be controlling when it is "serious to the conduct of the litigation, either practically or legally."',
      pinVerified: true,
      pinSource: MEMO,
      note: "Seen in a secondary source only; Katz draws the words from § 1292(b)'s legislative history.",
    },
  ],
});
