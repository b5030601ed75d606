import { defineCase } from "../define-authority";

/** *Carbajal v. Keefer* (D. Colo.): § 1292(b) appeals are "exceedingly rare". */
export default defineCase({
  id: "carbajal-v-keefer",
  name: "Carbajal v. Keefer",
  shortName: "Carbajal",
  cite: { volume: 51, reporter: "F. Supp. 3d", firstPage: 1065 },
  court: "D. Colo.",
  year: 2014,
  circuit: "10th",
  isDistrictCourt: true,
  verification: {
    level: "cite-and-pin",
    source: "https://e.casetext.com/case/west-helmle-v-denver-dist-attorneys-office-1",
    checked: "2026-11-22",
  },
  propositions: [
    {
      id: "exceedingly-rare",
      pin: "1068",
      quote: "exceedingly rare",
      statement: 'Interlocutory appeals under § 1292(b) are "exceedingly rare."',
      pinVerified: true,
      pinSource: "https://e.casetext.com/case/west-helmle-v-denver-dist-attorneys-office-1",
    },
  ],
});
