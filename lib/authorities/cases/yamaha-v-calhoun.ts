import { defineCase } from "../define-authority";

/** *Yamaha Motor Corp., U.S.A. v. Calhoun*: § 1292(b) jurisdiction attaches to the certified order. */
export default defineCase({
  id: "yamaha-v-calhoun",
  name: "Yamaha Motor Corp., U.S.A. v. Calhoun",
  shortName: "Yamaha",
  cite: {
    volume: 516,
    reporter: "U.S.",
    firstPage: 199,
    lastPage: 216,
    lastPageSource: "http://law.onecle.com/ussc/516/516us216.html",
  },
  court: "",
  year: 1996,
  decided: "1996-01-09",
  decidedSource: "http://law.onecle.com/ussc/516/516us199.html",
  circuit: "scotus",
  isDistrictCourt: false,
  verification: {
    level: "cite",
    source: "http://law.onecle.com/ussc/516/516us199.html",
    checked: "2026-11-22",
    note: "516 U.S. 199; 116 S. Ct. 619; decided Jan. 9, 1996. Holding seen in the syllabus; pin 205 and the opinion's wording not seen. Last page 216: onecle's page 18 of 18 ends the opinion (\"Affirmed.\" and n.14); the Court was unanimous, with no separate opinion.",
  },
  propositions: [
    {
      id: "order-not-question",
      pin: "205",
      statement:
        "Appellate jurisdiction under § 1292(b) attaches to the order the district court certifies, not merely to the particular question the district court framed.",
      pinVerified: false,
      note: 'Pin 205 and the "not tied to the particular question" wording are open (AUTHORITIES.md §f item 2).',
    },
  ],
});
