import { defineCase } from "../define-authority";

/** *Ahrenholz v. Board of Trustees of the University of Illinois*: the four § 1292(b) criteria and a reasonable time. */
export default defineCase({
  id: "ahrenholz-v-board-of-trustees",
  name: "Ahrenholz v. Bd. of Trs. of Univ. of Ill.",
  shortName: "Ahrenholz",
  cite: { volume: 219, reporter: "F.3d", firstPage: 674 },
  court: "7th Cir.",
  year: 2000,
  decided: "2000-07-18",
  decidedSource: "https://law.justia.com/cases/federal/appellate-courts/F3/219/674/532158/",
  circuit: "7th",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source: "https://law.justia.com/cases/federal/appellate-courts/F3/219/674/532158/",
    checked: "2026-11-22",
    note: 'Decided July 18, 2000, No. 00-8010 (Posner, C.J.). Seed 002 prints "219 F.3d 647" and "Bd. of Trs. of the Univ. of Ill.": the first page is 674 and Bluebook drops "the".',
  },
  propositions: [
    {
      id: "four-criteria",
      pin: "675",
      quote:
        "there must be a question of law, it must be controlling, it must be contestable, and its resolution must promise to speed up the litigation",
      statement:
        'Section 1292(b) sets four criteria: "there must be a question of law, it must be controlling, it must be contestable, and its resolution must promise to speed up the litigation."',
      pinVerified: true,
      pinSource: "https://law.justia.com/cases/federal/appellate-courts/F3/219/674/532158/",
      note: "The passage is on the opinion's first full page (675).",
    },
    {
      id: "reasonable-time",
      pin: "675-76",
      quote: "within a reasonable time after the order sought to be appealed",
      statement:
        'A motion for certification must be filed in the district court "within a reasonable time after the order sought to be appealed."',
      pinVerified: true,
      pinSource: "https://www.lexisnexis.com/community/casebrief/p/casebrief-ahrenholz-v-bd-of-trs",
    },
    {
      id: "no-automatic-stay",
      pin: "675",
      quote: "the filing does not cause the litigation to be stayed",
      statement:
        'Filing a § 1292(b) petition tends to delay the litigation, even though "the filing does not cause the litigation to be stayed."',
      pinVerified: true,
      pinSource: "https://law.justia.com/cases/federal/appellate-courts/F3/219/674/532158/",
    },
    {
      id: "pure-question-of-law",
      pin: "676-77",
      statement:
        'A "question of law" under § 1292(b) means a pure question of law, an abstract legal issue that the court of appeals could resolve without a study of the record, not the application of law to the facts of a particular case.',
      pinVerified: false,
      note: "The pure-question discussion is at 676-77 by AUTHORITIES.md's reading; the exact pin and wording are open (§f item 10).",
    },
  ],
});
