import { defineCase } from "../define-authority";

/** *Fisons, Ltd. v. United States*: origin of the "exceptional circumstances" formulation. */
export default defineCase({
  id: "fisons-v-united-states",
  name: "Fisons, Ltd. v. United States",
  shortName: "Fisons",
  cite: { volume: 458, reporter: "F.2d", firstPage: 1241 },
  court: "7th Cir.",
  year: 1972,
  circuit: "7th",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source: "https://law.onecle.com/ussc/519/519us74.html",
    checked: "2026-11-22",
    note: "Cite and pin seen as quoted (through Coopers & Lybrand) in Caterpillar, 519 U.S. at 74.",
  },
  propositions: [
    {
      id: "exceptional-circumstances",
      pin: "1248",
      quote:
        "exceptional circumstances justify a departure from the basic policy of postponing appellate review until after the entry of a final judgment",
      statement:
        'Only "exceptional circumstances justify a departure from the basic policy of postponing appellate review until after the entry of a final judgment."',
      pinVerified: true,
      pinSource: "https://law.onecle.com/ussc/519/519us74.html",
    },
  ],
});
