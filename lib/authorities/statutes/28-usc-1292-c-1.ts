import { defineStatute } from "../define-authority";

const TEXT_SOURCE = "http://supremelaw.org/uscode/28/1292.html";

/** 28 U.S.C. § 1292(c)(1): the Federal Circuit hears § 1292(b) appeals in cases within its § 1295 jurisdiction. */
export default defineStatute({
  id: "28-usc-1292-c-1",
  title: 28,
  code: "U.S.C.",
  section: "1292(c)(1)",
  verification: {
    level: "cite-and-pin",
    source: TEXT_SOURCE,
    checked: "2026-11-23",
    note: 'Text of subsection (c)(1) seen up to "described in subsection (a) or (b)" at supremelaw.org and http://laws9.com/uscode/html/uscode28/usc_sec_28_00001292----000-.html (AUTHORITIES.md FC-1); the rest ("in any case over which the court would have jurisdiction of an appeal under section 1295") only as an article paraphrases it (http://www.oblon.com/publications/cafc-reviews-of-interlocutory-decisions/).',
  },
  propositions: [
    {
      id: "federal-circuit-jurisdiction",
      quote: "of an appeal from an interlocutory order or decree described in subsection (a) or (b)",
      statement:
        'The Court of Appeals for the Federal Circuit has exclusive jurisdiction "of an appeal from an interlocutory order or decree described in subsection (a) or (b)" of § 1292 in any case over which it would have jurisdiction of an appeal under 28 U.S.C. § 1295.',
      pinVerified: true,
      pinSource: TEXT_SOURCE,
    },
  ],
});
