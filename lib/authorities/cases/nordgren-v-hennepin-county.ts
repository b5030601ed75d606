import { defineCase } from "../define-authority";

const MITCHELL = "https://print.casetext.com/case/mitchell-v-st-louis-cnty-5";

/** *Nordgren v. Hennepin County*: the Eighth Circuit on the grounds for a Rule 59(e) motion. */
export default defineCase({
  id: "nordgren-v-hennepin-county",
  name: "Nordgren v. Hennepin Cnty.",
  shortName: "Nordgren",
  cite: { volume: 96, reporter: "F.4th", firstPage: 1072 },
  court: "8th Cir.",
  year: 2024,
  decided: "2024-03-21",
  decidedSource: "https://law.justia.com/cases/federal/appellate-courts/ca8/22-1902/22-1902-2024-03-21.html",
  circuit: "8th",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source: MITCHELL,
    checked: "2026-11-23",
    note: 'No. 22-1902, decided Mar. 21, 2024 (https://law.justia.com/cases/federal/appellate-courts/ca8/22-1902/22-1902-2024-03-21.html). Mitchell v. St. Louis Cnty. (E.D. Mo. July 3, 2024) cites it at 1077, with "accord", for the grounds on which a Rule 59(e) motion may be granted, not (as AUTHORITIES.md R59-8 groups it) for the "extraordinary remedy" point.',
  },
  propositions: [
    {
      id: "limited-grounds",
      pin: "1077",
      statement:
        "A Rule 59(e) motion serves to correct manifest errors of law or fact or to present newly discovered evidence.",
      pinVerified: true,
      pinSource: MITCHELL,
      note: "Paraphrase: Justia's summary says Rule 59(e) \"is designed to correct manifest errors of law or fact or to present newly discovered evidence\"; Nordgren's own words at 1077 were not seen.",
    },
  ],
});
