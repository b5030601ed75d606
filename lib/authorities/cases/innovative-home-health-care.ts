import { defineCase } from "../define-authority";

const WALLACE = "http://print.casetext.com/case/wallace-v-united-states-88";

/** *Innovative Home Health Care, Inc. v. P.T.-O.T. Associates*: the Eighth Circuit's Rule 59(e) standard. */
export default defineCase({
  id: "innovative-home-health-care",
  name: "Innovative Home Health Care, Inc. v. P.T.-O.T. Assocs. of the Black Hills",
  shortName: "Innovative Home Health Care",
  cite: { volume: 141, reporter: "F.3d", firstPage: 1284 },
  court: "8th Cir.",
  year: 1998,
  decided: "1998-04-21",
  decidedSource:
    "http://fbi.openjurist.org/141/f3d/1284/innovative-home-health-care-inc-v-pt-ot-associates-of-the-black-hills",
  circuit: "8th",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source: WALLACE,
    checked: "2026-11-23",
    note: "Cite, pin 1286 and both quotations seen 2026-11-23 as quoted in Wallace v. United States, No. 4:17CV2258 HEA (E.D. Mo. Oct. 6, 2017), and Lesley v. Teague, No. 2:15CV59 HEA (E.D. Mo. Dec. 15, 2017) (https://docs.justia.com/cases/federal/district-courts/missouri/moedce/2:2015cv00059/141572/166). The second quotation reaches Wallace through United States v. Metro. St. Louis Sewer Dist., 440 F.3d 930, 933 (8th Cir. 2006) (quoting this case at 1286). No. 97-3275, submitted Mar. 13, 1998, decided Apr. 21, 1998 (Kopf, District Judge, sitting by designation).",
  },
  propositions: [
    {
      id: "limited-function",
      pin: "1286",
      quote: "correcting manifest errors of law or fact or to present newly discovered evidence",
      statement:
        'Rule 59(e) motions serve the limited function of "correcting manifest errors of law or fact or to present newly discovered evidence."',
      pinVerified: true,
      pinSource: WALLACE,
      note: 'Orders print the lead-in both as "serve the limited function" and "serve a limited function"; only the words quoted here are common to both.',
    },
    {
      id: "no-new-arguments",
      pin: "1286",
      quote:
        "cannot be used to introduce new evidence, tender new legal theories, or raise arguments which could have been offered or raised prior to entry of judgment",
      statement:
        'Rule 59(e) motions "cannot be used to introduce new evidence, tender new legal theories, or raise arguments which could have been offered or raised prior to entry of judgment."',
      pinVerified: true,
      pinSource: WALLACE,
    },
  ],
});
