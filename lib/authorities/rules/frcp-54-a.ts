import { defineRule } from "../define-authority";

const SOURCE = "http://webisadb.webdatacommons.org/describe/?url=http%3A%2F%2Fwebisa.webdatacommons.org%2F142559008";

/** Fed. R. Civ. P. 54(a): a "judgment" includes any order from which an appeal lies. */
export default defineRule({
  id: "frcp-54-a",
  rules: "Fed. R. Civ. P.",
  number: "54(a)",
  verification: {
    level: "cite",
    source: SOURCE,
    checked: "2026-12-05",
    note: "The words \"any order from which an appeal lies\" seen only as the Advisory Committee's Note to Rule 56 quotes Rule 54(a) (\"Rule 54(a) defines 'judgment' as including a decree and 'any order from which an appeal lies.'\"), in a copy of that note; the rule's own text was not seen.",
  },
  propositions: [
    {
      id: "judgment-defined",
      quote: "any order from which an appeal lies",
      statement:
        'A "judgment" under the Federal Rules of Civil Procedure includes a decree and "any order from which an appeal lies."',
      pinVerified: false,
      note: "Quoted words seen in a copy of the Advisory Committee's Note to Rule 56, not in the rule itself.",
    },
  ],
});
