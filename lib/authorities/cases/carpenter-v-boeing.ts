import { defineCase } from "../define-authority";

/** *Carpenter v. Boeing Co.*: interlocutory appeals have long been disfavored. */
export default defineCase({
  id: "carpenter-v-boeing",
  name: "Carpenter v. Boeing Co.",
  shortName: "Carpenter",
  cite: { volume: 456, reporter: "F.3d", firstPage: 1183 },
  court: "10th Cir.",
  year: 2006,
  decided: "2006-08-07",
  decidedSource: "https://cetient.com/case/167914/carpenter-v-the-boeing-company",
  circuit: "10th",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source: "https://e.casetext.com/case/west-helmle-v-denver-dist-attorneys-office-1",
    checked: "2026-11-22",
    note: 'Decided Aug. 7, 2006: the slip opinion is stamped "FILED ... August 7, 2006" (casetext and openjurist give the same date).',
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
