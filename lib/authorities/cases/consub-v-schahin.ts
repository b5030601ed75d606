import { defineCase } from "../define-authority";

/** *Consub Delaware LLC v. Schahin Engenharia Limitada* (S.D.N.Y.): the district-court formulation of "controlling". */
export default defineCase({
  id: "consub-v-schahin",
  name: "Consub Del. LLC v. Schahin Engenharia Limitada",
  shortName: "Consub",
  cite: { volume: 476, reporter: "F. Supp. 2d", firstPage: 305 },
  court: "S.D.N.Y.",
  year: 2007,
  decided: "2007-02-13",
  decidedSource: "http://www.ecases.us/case/bap9/c2016073/in-re-herrera",
  circuit: "2d",
  isDistrictCourt: true,
  verification: {
    level: "cite",
    source: "https://cetient.com/opinion/2417702/consub-delaware-llc-v-schahin-engenharia-limitada",
    checked: "2026-11-22",
    note: 'No. 06 Civ. 13153 (SAS), Feb. 13, 2007 (Scheindlin, J.); leave to appeal granted. The "controlling" point was seen in a Casetext summary without a pin. Decision date (Feb. 13, 2007; No. 06 Civ. 13153 (SAS)) seen on an ecases.us page whose address names another case (in-re-herrera) but whose text is this opinion.',
  },
  propositions: [
    {
      id: "controlling",
      pin: "309",
      quote: "or at a minimum . . . materially affect the litigation's outcome",
      statement:
        "A question is controlling if reversal of the district court's order would terminate the action \"or at a minimum . . . materially affect the litigation's outcome.\"",
      pinVerified: false,
      pinSource: "https://print.casetext.com/case/consub-delaware-llc-v-schahin-engenharia-limitada",
      note: "Words seen in the Casetext summary; pin 309 open (AUTHORITIES.md §f item 14a).",
    },
    {
      id: "genuine-doubt",
      pin: "309",
      statement:
        "A substantial ground for difference of opinion requires genuine doubt whether the district court applied the correct legal standard.",
      pinVerified: false,
      note: "Pin 309 and wording open; the In re Enron Corp. source of the sentence was not checked.",
    },
  ],
});
