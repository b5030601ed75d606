import { defineCase } from "../define-authority";

/** *Servants of the Paraclete v. Does*: the Tenth Circuit's grounds for reconsideration. */
export default defineCase({
  id: "servants-of-paraclete-v-does",
  name: "Servants of the Paraclete v. Does",
  shortName: "Servants of the Paraclete",
  cite: { volume: 204, reporter: "F.3d", firstPage: 1005 },
  court: "10th Cir.",
  year: 2000,
  decided: "2000-02-03",
  decidedSource: "https://cetient.com/case/159160/servants-of-the-paraclete-v-does",
  circuit: "10th",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source: "https://print.casetext.com/case/vill-of-logan-v-us-dept-of-the-interior-4",
    checked: "2026-11-23",
    note: 'Cite and pin 1012 seen as cited in Village of Logan v. U.S. Dep\'t of the Interior, No. 12-CV-401 WJ/LFG (D.N.M. Feb. 25, 2013), and Admiral Ins. Co. v. Hosler (D. Colo. Aug. 28, 2008); also AUTHORITIES.md R59-8. Decided Feb. 3, 2000: the slip opinion is stamped "FILED ... FEB 3 2000".',
  },
  propositions: [
    {
      id: "misapprehension",
      pin: "1012",
      quote: "where the court has misapprehended the facts, a party's position, or the controlling law",
      statement:
        'A motion for reconsideration is appropriate "where the court has misapprehended the facts, a party\'s position, or the controlling law."',
      pinVerified: true,
      pinSource: "https://print.casetext.com/case/vill-of-logan-v-us-dept-of-the-interior-4",
    },
    {
      id: "grounds",
      pin: "1012",
      statement:
        "Grounds warranting a motion to reconsider include (1) an intervening change in the controlling law, (2) new evidence previously unavailable, and (3) the need to correct clear error or prevent manifest injustice.",
      pinVerified: true,
      pinSource: "https://print.casetext.com/case/vill-of-logan-v-us-dept-of-the-interior-4",
      note: 'The Village of Logan order states this unquoted, citing Servants at 1012 ("Id."); another order quotes it, so the words may be Servants\'s own: quote only after checking.',
    },
    {
      id: "no-reargument",
      pin: "1012",
      quote:
        "inappropriate vehicles to reargue an issue previously addressed by the court when the motion merely advances new arguments, or supporting facts which were available at the time of the original motion",
      statement:
        'Motions to reconsider are "inappropriate vehicles to reargue an issue previously addressed by the court when the motion merely advances new arguments, or supporting facts which were available at the time of the original motion."',
      pinVerified: true,
      pinSource: "https://print.casetext.com/case/admiral-insurance-company-v-hosler",
    },
  ],
});
