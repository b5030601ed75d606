import { defineCase } from "../define-authority";

/** *City of Los Angeles v. Santa Monica BayKeeper*: inherent power to revise interlocutory orders, even a certification. */
export default defineCase({
  id: "santa-monica-baykeeper",
  name: "City of Los Angeles, Harbor Div. v. Santa Monica BayKeeper",
  shortName: "Santa Monica BayKeeper",
  cite: { volume: 254, reporter: "F.3d", firstPage: 882 },
  court: "9th Cir.",
  year: 2001,
  decided: "2001-06-26",
  decidedSource:
    "http://web.openjurist.org/254/f3d/882/city-of-los-angeles-harbor-division-v-santa-monica-baykeeper-a-non--profit-corporation",
  circuit: "9th",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source:
      "http://web.openjurist.org/254/f3d/882/city-of-los-angeles-harbor-division-v-santa-monica-baykeeper-a-non--profit-corporation",
    checked: "2026-11-22",
    note: "Nos. 00-55396, 00-55397, filed June 26, 2001 (Trott, J.).",
  },
  propositions: [
    {
      id: "inherent-power",
      pin: "885",
      statement:
        "As long as a district court has jurisdiction over the case, it has inherent procedural power to reconsider, rescind, or modify an interlocutory order for cause it finds sufficient.",
      pinVerified: false,
      note: "The quotation at 885 is not confirmed; stated without quotation marks.",
    },
    {
      id: "rescind-certification",
      pin: "886",
      statement:
        "Until the court of appeals grants permission to appeal, the district court retains inherent power to reconsider and rescind its own § 1292(b) certification.",
      pinVerified: true,
      pinSource: "https://www.law.com/almID/900005440408/",
    },
  ],
});
