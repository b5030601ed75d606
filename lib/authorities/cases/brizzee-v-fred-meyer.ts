import { defineCase } from "../define-authority";

/** *Brizzee v. Fred Meyer Stores, Inc.* (D. Or.): unfettered discretion to deny; a pure question of law. */
export default defineCase({
  id: "brizzee-v-fred-meyer",
  name: "Brizzee v. Fred Meyer Stores, Inc.",
  shortName: "Brizzee",
  cite: { wl: "2008 WL 426510", docketNumber: "No. CV 04-1566-ST", date: "2008-02-13" },
  court: "D. Or.",
  year: 2008,
  circuit: "9th",
  isDistrictCourt: true,
  verification: {
    level: "as-cited",
    source: "seed 002",
    checked: "2026-11-22",
    note: 'Not confirmed anywhere: carried as seed 002 (Linlor v. Futero, Inc., S.D. Cal. Apr. 5, 2018) cites it. Seed 002\'s "at * 4" is corrected to "at *4".',
  },
  propositions: [
    {
      id: "unfettered-discretion",
      pin: "*3",
      quote:
        "[E]ven when all three statutory criteria are satisfied, district court judges have 'unfettered discretion' to deny certification",
      statement:
        "\"[E]ven when all three statutory criteria are satisfied, district court judges have 'unfettered discretion' to deny certification.\"",
      pinVerified: false,
      note: "As seed 002 quotes it.",
    },
    {
      id: "pure-question-of-law",
      pin: "*4",
      quote:
        "A 'question of law' means a 'pure question of law,' not a mixed question of law and fact or an application of law to a particular set of facts",
      statement:
        "\"A 'question of law' means a 'pure question of law,' not a mixed question of law and fact or an application of law to a particular set of facts.\"",
      citing: { authorityId: "ahrenholz-v-board-of-trustees", propositionId: "pure-question-of-law" },
      pinVerified: false,
      note: "As seed 002 quotes it; seed 002's Ahrenholz parenthetical is corrected (219 F.3d 674, closing parenthesis).",
    },
    {
      id: "not-application-of-law",
      pin: "*4",
      statement: "A question of law under § 1292(b) is not an application of law to a particular set of facts.",
      parenthetical: "stating that a question of law is not an application of law to a particular set of facts",
      pinVerified: false,
      note: "As seed 002 cites it.",
    },
  ],
});
