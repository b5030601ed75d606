import { defineCase } from "../define-authority";

/** *In re Trump* (6th Cir. 2017): once certified, the three conditions guide the court of appeals' discretion. */
export default defineCase({
  id: "in-re-trump-sixth-circuit",
  name: "In re Trump",
  shortName: "In re Trump",
  cite: { volume: 874, reporter: "F.3d", firstPage: 948 },
  court: "6th Cir.",
  year: 2017,
  decided: "2017-11-01",
  decidedSource: "https://cetient.com/case/4216892/in-re-donald-trump",
  circuit: "6th",
  isDistrictCourt: false,
  verification: {
    level: "cite",
    source: "http://elawyers.us/opinion/ca6/2017/infco20171102157/in-re-trump",
    checked: "2026-11-23",
    note: "Nos. 17-510/5830, decided Nov. 1, 2017 (McKeague, J.; White, J., concurring at 953); petition for permission to appeal granted. Holding summarized at http://law.justia.com/cases/federal/appellate-courts/ca6/17-5830/17-5830-2017-11-01.html. Internal pins open (AUTHORITIES.md 6-1, §f item 11). Not to be confused with the vacated Fourth Circuit decision of the same name.",
  },
  propositions: [
    {
      id: "guiding-criteria",
      statement:
        "Where the district court certifies its order and a timely petition follows, the three statutory conditions guide the court of appeals' discretion to permit the appeal; they are not jurisdictional requisites.",
      pinVerified: false,
      note: "Paraphrase of the holding as Justia summarizes it; the page is open, so it prints without a pin.",
    },
  ],
});
