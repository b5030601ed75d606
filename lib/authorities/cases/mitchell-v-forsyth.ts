import { defineCase } from "../define-authority";

const PIN_SOURCE = "https://law.onecle.com/ussc/515/515us313.html";

/** *Mitchell v. Forsyth*: the denial of qualified immunity, on an issue of law, is an appealable collateral order. */
export default defineCase({
  id: "mitchell-v-forsyth",
  name: "Mitchell v. Forsyth",
  shortName: "Mitchell",
  cite: { volume: 472, reporter: "U.S.", firstPage: 511 },
  parallelCites: [{ volume: 105, reporter: "S. Ct.", firstPage: 2806 }],
  court: "",
  year: 1985,
  decided: "1985-06-19",
  decidedSource: "https://fdocuments.pl/document/mitchell-v-forsyth-472-us-511-1985.html",
  circuit: "scotus",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source: "https://fdocuments.pl/document/mitchell-v-forsyth-472-us-511-1985.html",
    checked: "2026-12-05",
    note: "472 U.S. 511; 105 S. Ct. 2806; 86 L. Ed. 2d 411; No. 84-335; argued Feb. 27, decided June 19, 1985 (the copy's caption). Pin 530 seen as Johnson v. Jones, 515 U.S. 304, 313 (1995), quotes it.",
  },
  propositions: [
    {
      id: "qualified-immunity-appealable",
      pin: "530",
      quote: "denial of a claim of qualified immunity, to the extent that it turns on an issue of law",
      statement:
        'A district court\'s "denial of a claim of qualified immunity, to the extent that it turns on an issue of law," is an appealable final decision under the collateral-order doctrine.',
      pinVerified: true,
      pinSource: PIN_SOURCE,
      note: 'Johnson v. Jones quotes these words "472 U. S., at 530"; the rest of the holding ("is an appealable \'final decision\' within the meaning of 28 U.S.C. § 1291") was not seen in a source and is paraphrased.',
    },
  ],
});
