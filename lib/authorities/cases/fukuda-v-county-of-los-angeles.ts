import { defineCase } from "../define-authority";

/** *Fukuda v. County of Los Angeles* (C.D. Cal.): the movant's burden to show exceptional circumstances. */
export default defineCase({
  id: "fukuda-v-county-of-los-angeles",
  name: "Fukuda v. Cnty. of Los Angeles",
  shortName: "Fukuda",
  cite: { volume: 630, reporter: "F. Supp.", firstPage: 228 },
  court: "C.D. Cal.",
  year: 1986,
  decided: "1986-03-05",
  decidedSource: "https://law.justia.com/cases/federal/district-courts/FSupp/630/228/2312292/",
  circuit: "9th",
  isDistrictCourt: true,
  verification: {
    level: "cite-and-pin",
    source: "https://print.casetext.com/case/reilly-v-wozniak-3",
    checked: "2026-11-22",
    note: "Cite and pin seen as cited in Reilly v. Wozniak, No. CV-18-03775-PHX-MTL (D. Ariz. Apr. 13, 2021). Fukuda's own words were not recorded, so the statement does not quote.",
  },
  propositions: [
    {
      id: "burden",
      pin: "229",
      statement:
        "The party seeking certification bears the burden of showing that exceptional circumstances justify a departure from the basic policy of postponing appellate review until after the entry of a final judgment.",
      pinVerified: true,
      pinSource: "https://print.casetext.com/case/reilly-v-wozniak-3",
    },
  ],
});
