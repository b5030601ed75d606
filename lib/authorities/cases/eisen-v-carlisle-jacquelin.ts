import { defineCase } from "../define-authority";

/** *Eisen v. Carlisle & Jacquelin* (1974): the finality rule prevents piecemeal appellate disposition. */
export default defineCase({
  id: "eisen-v-carlisle-jacquelin",
  name: "Eisen v. Carlisle & Jacquelin",
  shortName: "Eisen",
  cite: { volume: 417, reporter: "U.S.", firstPage: 156 },
  court: "",
  year: 1974,
  decided: "1974-05-28",
  decidedSource: "http://www.chanrobles.com/usa/us_supremecourt/417/156/index.php",
  circuit: "scotus",
  isDistrictCourt: false,
  verification: {
    level: "cite",
    source: "http://www.chanrobles.com/usa/us_supremecourt/417/156/index.php",
    checked: "2026-11-22",
    note: '417 U.S. 156; 94 S. Ct. 2140; decided May 28, 1974. Seed 000 drops "& Jacquelin" from the name. Not the 2d Cir. Eisen decisions.',
  },
  propositions: [
    {
      id: "piecemeal-appeals",
      pin: "170",
      quote:
        "debilitating effect on judicial administration caused by piecemeal appellate disposition of . . . a single controversy",
      statement:
        'Appellate review is generally restricted to final decisions to prevent the "debilitating effect on judicial administration caused by piecemeal appellate disposition of . . . a single controversy."',
      pinVerified: false,
      note: 'Quotation as seed 000 prints it; pin 170 and the words not yet confirmed against the opinion (AUTHORITIES.md §f item 3). Seed 000\'s lead-in ("Interlocutory review is usually restricted to final decisions") is garbled and is not used.',
    },
  ],
});
