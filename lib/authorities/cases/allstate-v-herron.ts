import { defineCase } from "../define-authority";

/** *Allstate Insurance Co. v. Herron*: the four grounds for a Rule 59(e) motion. */
export default defineCase({
  id: "allstate-v-herron",
  name: "Allstate Ins. Co. v. Herron",
  shortName: "Herron",
  cite: { volume: 634, reporter: "F.3d", firstPage: 1101 },
  court: "9th Cir.",
  year: 2011,
  decided: "2011-03-10",
  decidedSource: "https://casetext.com/case/allstate-ins-co-v-herron",
  circuit: "9th",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source: "https://print.casetext.com/case/littlefield-v-wash-dept-of-corrs-3",
    checked: "2026-11-22",
  },
  propositions: [
    {
      id: "four-grounds",
      pin: "1111",
      quote:
        "(1) if such motion is necessary to correct manifest errors of law or fact upon which the judgment rests; (2) if such motion is necessary to present newly discovered or previously unavailable evidence; (3) if such motion is necessary to prevent manifest injustice; or (4) if the amendment is justified by an intervening change in controlling law",
      statement:
        'A Rule 59(e) motion may be granted "(1) if such motion is necessary to correct manifest errors of law or fact upon which the judgment rests; (2) if such motion is necessary to present newly discovered or previously unavailable evidence; (3) if such motion is necessary to prevent manifest injustice; or (4) if the amendment is justified by an intervening change in controlling law."',
      pinVerified: true,
      pinSource: "https://print.casetext.com/case/littlefield-v-wash-dept-of-corrs-3",
    },
  ],
});
