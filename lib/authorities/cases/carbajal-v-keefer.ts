import { defineCase } from "../define-authority";

/** *Carbajal v. Keefer* (D. Colo.): § 1292(b) appeals are "exceedingly rare". */
export default defineCase({
  id: "carbajal-v-keefer",
  name: "Carbajal v. Keefer",
  shortName: "Carbajal",
  cite: { volume: 51, reporter: "F. Supp. 3d", firstPage: 1065 },
  court: "D. Colo.",
  year: 2014,
  decided: "2014-06-24",
  decidedSource: "http://casetext.com/case/carbajal-v-keefer-5",
  circuit: "10th",
  isDistrictCourt: true,
  verification: {
    level: "cite-and-pin",
    source: "https://e.casetext.com/case/west-helmle-v-denver-dist-attorneys-office-1",
    checked: "2026-11-22",
    note: "Civil Action No. 12-cv-03231-REB-KLM, order of June 24, 2014 (Blackburn, J.) denying leave to appeal; the docket (https://docs.justia.com/cases/federal/district-courts/colorado/codce/1:2012cv03231/137404/222) gives the same date.",
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
