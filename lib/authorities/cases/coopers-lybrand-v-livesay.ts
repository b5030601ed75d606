import { defineCase } from "../define-authority";

/** *Coopers & Lybrand v. Livesay*: only exceptional circumstances justify interlocutory review (quoting *Fisons*). */
export default defineCase({
  id: "coopers-lybrand-v-livesay",
  name: "Coopers & Lybrand v. Livesay",
  shortName: "Coopers & Lybrand",
  cite: { volume: 437, reporter: "U.S.", firstPage: 463 },
  court: "",
  year: 1978,
  decided: "1978-06-21",
  decidedSource: "https://www.lexisnexis.com/community/case-opinion/b/case/posts/coopers-lybrand-v-livesay",
  circuit: "scotus",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source: "https://case-law.vlex.com/vid/coopers-lybrand-v-livesay-885307340",
    checked: "2026-11-22",
    note: "437 U.S. 463; 98 S. Ct. 2454; decided June 21, 1978. Pin 475 seen as quoted in Caterpillar, 519 U.S. at 74.",
  },
  propositions: [
    {
      id: "exceptional-circumstances",
      pin: "475",
      quote:
        "exceptional circumstances justify a departure from the basic policy of postponing appellate review until after the entry of a final judgment",
      statement:
        'Only "exceptional circumstances justify a departure from the basic policy of postponing appellate review until after the entry of a final judgment."',
      quoting: { authorityId: "fisons-v-united-states", propositionId: "exceptional-circumstances" },
      pinVerified: true,
      pinSource: "https://law.onecle.com/ussc/519/519us74.html",
      note: "Seed 000 pins this quotation to 474; the Fisons quotation is at 475.",
    },
  ],
});
