import { defineCase } from "../define-authority";

const MITCHELL = "https://print.casetext.com/case/mitchell-v-st-louis-cnty-5";
const ST_CHARLES = "http://print.casetext.com/case/school-board-of-parish-of-st-charles-v-shell-oil-co";

/** *Templet v. HydroChem Inc.*: the Fifth Circuit's Rule 59(e) standard. */
export default defineCase({
  id: "templet-v-hydrochem",
  name: "Templet v. HydroChem Inc.",
  shortName: "Templet",
  cite: { volume: 367, reporter: "F.3d", firstPage: 473 },
  court: "5th Cir.",
  year: 2004,
  decided: "2004-04-20",
  decidedSource: "http://casetext.com/case/templet-v-hydrochem-inc",
  circuit: "5th",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source: MITCHELL,
    checked: "2026-11-23",
    note: 'Pin 479 seen as quoted in Mitchell v. St. Louis Cnty. (E.D. Mo. 2024) (AUTHORITIES.md R59-8); pins 478-79 as quoted in Sch. Bd. of Parish of St. Charles v. Shell Oil Co., No. 04-2511 (E.D. La. June 2, 2008), and Blaustein v. Huete, No. 08-1357 (E.D. La. Oct. 20, 2009) (https://print.casetext.com/case/blaustein-v-huete-4). No. 03-30250, filed Apr. 20, 2004; the slip opinion on cetient is headed "Revised May 6, 2004", so 367 F.3d likely prints the revised text, but the decision date stays Apr. 20, 2004.',
  },
  propositions: [
    {
      id: "extraordinary-remedy",
      pin: "479",
      quote: "Reconsideration of a judgment after its entry is an extraordinary remedy that should be used sparingly",
      statement:
        '"Reconsideration of a judgment after its entry is an extraordinary remedy that should be used sparingly."',
      pinVerified: true,
      pinSource: MITCHELL,
    },
    {
      id: "narrow-purpose",
      pin: "478-79",
      quote:
        "serve[s] the narrow purpose of allowing a party to correct manifest errors of law or fact or to present newly discovered evidence",
      statement:
        'Rule 59(e) "serve[s] the narrow purpose of allowing a party to correct manifest errors of law or fact or to present newly discovered evidence."',
      citationOmitted: true,
      pinVerified: true,
      pinSource: ST_CHARLES,
    },
    {
      id: "no-rehashing",
      pin: "478-79",
      quote:
        "not the proper vehicle for rehashing evidence, legal theories, or arguments that could have been offered or raised before the entry of judgment",
      statement:
        'A Rule 59(e) motion is "not the proper vehicle for rehashing evidence, legal theories, or arguments that could have been offered or raised before the entry of judgment."',
      citationOmitted: true,
      pinVerified: true,
      pinSource: ST_CHARLES,
    },
  ],
});
