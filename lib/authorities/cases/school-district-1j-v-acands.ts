import { defineCase } from "../define-authority";

/** *School District No. 1J, Multnomah County v. ACandS, Inc.*: three grounds for reconsideration. */
export default defineCase({
  id: "school-district-1j-v-acands",
  name: "Sch. Dist. No. 1J, Multnomah Cnty. v. ACandS, Inc.",
  shortName: "Sch. Dist. No. 1J",
  cite: { volume: 5, reporter: "F.3d", firstPage: 1255 },
  court: "9th Cir.",
  year: 1993,
  decided: "1993-09-24",
  decidedSource: "https://casetext.com/case/school-dist-no-1j-multnomah-county-v-acands",
  circuit: "9th",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source: "http://elawyers.us/opinion/1674437/state-bank-of-viroqua-v-capitol-indemnity",
    checked: "2026-11-22",
    note: "Argued July 12, 1993, decided Sept. 24, 1993.",
  },
  propositions: [
    {
      id: "three-grounds",
      pin: "1263",
      quote:
        "(1) is presented with newly discovered evidence, (2) committed clear error or the initial decision was manifestly unjust, or (3) if there is an intervening change in controlling law",
      statement:
        'Reconsideration is appropriate if the district court "(1) is presented with newly discovered evidence, (2) committed clear error or the initial decision was manifestly unjust, or (3) if there is an intervening change in controlling law."',
      pinVerified: true,
      pinSource: "http://elawyers.us/opinion/1674437/state-bank-of-viroqua-v-capitol-indemnity",
    },
  ],
});
