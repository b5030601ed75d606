import { defineCase } from "../define-authority";

/** *Reese v. BP Exploration (Alaska) Inc.*: the three statutory requirements; reasonable jurists might disagree. */
export default defineCase({
  id: "reese-v-bp-exploration",
  name: "Reese v. BP Expl. (Alaska) Inc.",
  shortName: "Reese",
  cite: { volume: 643, reporter: "F.3d", firstPage: 681 },
  court: "9th Cir.",
  year: 2011,
  decided: "2011-06-29",
  decidedSource: "https://casetext.com/case/reese-v-bp-exploration-alaska-inc",
  circuit: "9th",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source: "https://print.casetext.com/case/juliana-v-united-states-7",
    checked: "2026-11-22",
  },
  propositions: [
    {
      id: "statutory-requirements",
      pin: "687-88",
      statement:
        "Certification requires (1) a controlling question of law, (2) as to which there is substantial ground for difference of opinion, (3) where an immediate appeal may materially advance the ultimate termination of the litigation.",
      pinVerified: true,
      pinSource: "https://print.casetext.com/case/juliana-v-united-states-7",
    },
    {
      id: "reasonable-jurists",
      pin: "688",
      statement:
        "A substantial ground for difference of opinion can exist where reasonable jurists could disagree about how an issue should be resolved; a novel issue need not await the development of contradictory precedent.",
      pinVerified: false,
      note: 'Pin 688 and the "reasonable jurists might disagree" wording open (AUTHORITIES.md §f item 8).',
    },
  ],
});
