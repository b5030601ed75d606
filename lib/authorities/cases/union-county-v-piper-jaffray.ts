import { defineCase } from "../define-authority";

const KETROSER = "https://docs.justia.com/cases/federal/district-courts/minnesota/mndce/0:2007cv04676/95198/79";

/** *Union County v. Piper Jaffray & Co.*: interlocutory review is extraordinary. */
export default defineCase({
  id: "union-county-v-piper-jaffray",
  name: "Union Cnty. v. Piper Jaffray & Co.",
  shortName: "Union Cnty.",
  cite: { volume: 525, reporter: "F.3d", firstPage: 643 },
  court: "8th Cir.",
  year: 2008,
  decided: "2008-05-13",
  decidedSource: "http://elawyers.us/opinion/ca8/2008/08-8003/union-county-iowa-v-piper-jaffray-co-inc",
  courtParentheticals: ["per curiam"],
  circuit: "8th",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source: KETROSER,
    checked: "2026-11-23",
    note: "Seen only as cited, pin 646, in United States ex rel. Ketroser v. Mayo Found., Civ. No. 07-4676 (JNE/AJB) (D. Minn. Aug. 31, 2011) (\"noting that interlocutory review is 'extraordinary'\"). The slip opinion (No. 08-8003, filed May 13, 2008) is per curiam, hence the parenthetical.",
  },
  propositions: [
    {
      id: "extraordinary",
      pin: "646",
      quote: "extraordinary",
      statement: 'Interlocutory review under § 1292(b) is "extraordinary."',
      pinVerified: true,
      pinSource: KETROSER,
    },
  ],
});
