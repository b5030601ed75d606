import { defineCase } from "../define-authority";

/** *Leiva-Perez v. Holder*: the Ninth Circuit's flexible application of the *Nken* stay factors. */
export default defineCase({
  id: "leiva-perez-v-holder",
  name: "Leiva-Perez v. Holder",
  shortName: "Leiva-Perez",
  cite: { volume: 640, reporter: "F.3d", firstPage: 962 },
  court: "9th Cir.",
  year: 2011,
  decided: "2011-04-01",
  decidedSource: "https://docs.justia.com/cases/federal/appellate-courts/ca9/09-71636/9022823631",
  courtParentheticals: ["per curiam"],
  circuit: "9th",
  isDistrictCourt: false,
  verification: {
    level: "cite",
    source: "https://app.midpage.ai/document/leiva-perez-v-holder-213797",
    checked: "2026-11-22",
    note: "No. 09-71636, filed Apr. 1, 2011. Quotation seen in the slip opinion; reporter pins open.",
  },
  propositions: [
    {
      id: "not-more-likely",
      pin: "964-66",
      quote: "need not demonstrate that it is more likely than not that they will win",
      statement:
        'Applying *Nken*, a stay applicant "need not demonstrate that it is more likely than not that they will win" on the merits; the factors are weighed flexibly.',
      pinVerified: false,
      pinSource:
        "https://www.yumpu.com/en/document/view/15645933/william-leiva-perez-v-eric-holder-jr-ninth-circuit-court-of-appeals/8",
      note: "Words seen at slip op. 4328; the F.3d page is open.",
    },
  ],
});
