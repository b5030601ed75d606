import { defineCase } from "../define-authority";

/** *Carpenter v. Boeing Co.*: interlocutory appeals have long been disfavored. */
export default defineCase({
  id: "carpenter-v-boeing",
  name: "Carpenter v. Boeing Co.",
  shortName: "Carpenter",
  cite: { volume: 456, reporter: "F.3d", firstPage: 1183 },
  court: "10th Cir.",
  year: 2006,
  circuit: "10th",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source: "https://e.casetext.com/case/west-helmle-v-denver-dist-attorneys-office-1",
    checked: "2026-11-22",
    note: 'Decision date not recorded: only vLex\'s metadata (Aug. 7, 2006) was seen, and vLex gave a submission, argument, order or certiorari date as the "decision date" for seven opinions checked (Fisons, Moore v. Brewster, James, Ashelman, In re Cement, and both Tripati v. Henman opinions).',
  },
  propositions: [
    {
      id: "disfavored",
      pin: "1189",
      quote:
        "Interlocutory appeals have long been disfavored in the law, and properly so. They disrupt and delay the proceedings below",
      statement:
        '"Interlocutory appeals have long been disfavored in the law, and properly so. They disrupt and delay the proceedings below."',
      pinVerified: true,
      pinSource: "https://e.casetext.com/case/west-helmle-v-denver-dist-attorneys-office-1",
    },
  ],
});
