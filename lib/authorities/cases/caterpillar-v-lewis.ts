import { defineCase } from "../define-authority";

/** *Caterpillar Inc. v. Lewis*: routine resort to § 1292(b) would defeat the firm final judgment rule. */
export default defineCase({
  id: "caterpillar-v-lewis",
  name: "Caterpillar Inc. v. Lewis",
  shortName: "Caterpillar",
  cite: { volume: 519, reporter: "U.S.", firstPage: 61 },
  court: "",
  year: 1996,
  decided: "1996-12-10",
  decidedSource: "https://lawaspect.com/case-caterpillar-inc-v-lewis/",
  circuit: "scotus",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source: "https://law.onecle.com/ussc/519/519us74.html",
    checked: "2026-11-22",
  },
  propositions: [
    {
      id: "routine-resort",
      pin: "74",
      quote:
        "Routine resort to § 1292(b) requests would hardly comport with Congress' design to reserve interlocutory review for 'exceptional' cases while generally retaining for the federal courts a firm final judgment rule",
      statement:
        "\"Routine resort to § 1292(b) requests would hardly comport with Congress' design to reserve interlocutory review for 'exceptional' cases while generally retaining for the federal courts a firm final judgment rule.\"",
      pinVerified: true,
      pinSource: "https://law.onecle.com/ussc/519/519us74.html",
    },
  ],
});
