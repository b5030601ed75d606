import { defineCase } from "../define-authority";

/** *Carroll v. Nakatani*: Rule 59(e) is an extraordinary remedy, to be used sparingly. */
export default defineCase({
  id: "carroll-v-nakatani",
  name: "Carroll v. Nakatani",
  shortName: "Carroll",
  cite: { volume: 342, reporter: "F.3d", firstPage: 934 },
  court: "9th Cir.",
  year: 2003,
  decided: "2003-09-02",
  decidedSource: "http://openjurist.org/342/f3d/934/carroll-v-nakatani-e-and-j",
  circuit: "9th",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source: "http://elawyers.us/opinion/1674437/state-bank-of-viroqua-v-capitol-indemnity",
    checked: "2026-11-22",
  },
  propositions: [
    {
      id: "extraordinary-remedy",
      pin: "945",
      statement:
        "Rule 59(e) provides an extraordinary remedy and, in the interest of finality and conservation of judicial resources, such a motion should not be granted absent highly unusual circumstances.",
      pinVerified: true,
      pinSource: "http://elawyers.us/opinion/1674437/state-bank-of-viroqua-v-capitol-indemnity",
    },
  ],
});
