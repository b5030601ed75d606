import { defineCase } from "../define-authority";

/** *Austin v. Kroger Texas, L.P.* (per curiam): an interlocutory order is reconsidered under Rule 54(b), not Rule 59(e). */
export default defineCase({
  id: "austin-v-kroger",
  name: "Austin v. Kroger Tex., L.P.",
  shortName: "Austin",
  cite: { volume: 864, reporter: "F.3d", firstPage: 326 },
  court: "5th Cir.",
  year: 2017,
  courtParentheticals: ["per curiam"],
  circuit: "5th",
  isDistrictCourt: false,
  verification: {
    level: "cite",
    source: "http://www.ecases.us/case/ca5/c496900/randy-austin-v-kroger-texas-lp",
    checked: "2026-12-05",
    note: 'The copy is headed "Randy Austin v. Kroger Texas, L.P., 864 F.3d 326 (2017)"; No. 16-10502; Wiener, Dennis and Haynes, JJ.; per curiam. The published copy (https://cetient.com/case/4174189/randy-austin-v-kroger-texas-lp) opens: the district court "denied the motion to reconsider [an order denying leave to file a surreply] for Austin\'s failure to satisfy Federal Rule of Civil Procedure 59(e)", and the court "REVERSE[D] in part, VACATE[D] in part, and REMAND[ED]". The date of decision is open: both copies are headed "FILED April 14, 2017" (the first issued unpublished), while elawyers lists the opinion as filed June 2, 2017.',
  },
  propositions: [
    {
      id: "rule-54b-governs",
      statement:
        "A motion to reconsider an interlocutory order is governed by Rule 54(b), not Rule 59(e), and Rule 54(b) allows the court to revise such an order under a more flexible standard than Rule 59(e)'s.",
      pinVerified: false,
      note: "The Rule 54(b) passage and its page were not seen: the copies in the search corpus show the opinion's opening only. The statement paraphrases the holding as the opening describes the appeal (a denial of reconsideration of an interlocutory order under Rule 59(e), reversed); confirm the words and the pin before relying on them.",
    },
  ],
});
