import { defineCase } from "../define-authority";

/** *Pulliam v. Allen*: judicial immunity does not bar prospective injunctive relief (before the 1996 amendment of § 1983). */
export default defineCase({
  id: "pulliam-v-allen",
  name: "Pulliam v. Allen",
  shortName: "Pulliam",
  cite: { volume: 466, reporter: "U.S.", firstPage: 522 },
  parallelCites: [{ volume: 104, reporter: "S. Ct.", firstPage: 1970 }],
  court: "",
  year: 1984,
  decided: "1984-05-14",
  decidedSource: "https://originalsources.com/Document.aspx?DocID=IEF5PAGNDX5L111",
  circuit: "scotus",
  isDistrictCourt: false,
  cautions: [
    "Congress amended 42 U.S.C. § 1983 in 1996 to bar injunctive relief against a judicial officer for acts in a judicial capacity unless a declaratory decree was violated or declaratory relief was unavailable: do not cite Pulliam's injunctive-relief holding as current law without that amendment.",
  ],
  verification: {
    level: "cite-and-pin",
    source: "https://www.lexisnexis.com/community/case-opinion/b/case/posts/pulliam-v-allen",
    checked: "2026-11-23",
    note: '466 U.S. 522; 104 S. Ct. 1970; 80 L. Ed. 2d 565; decided May 14, 1984 (also https://originalsources.com/Document.aspx?DocID=IEF5PAGNDX5L111). Seed 001 prints "446 U.S. 552" and "S.Ct.": both wrong. The Lexis copy shows the opinion of the Court beginning at [*524] [**1972].',
  },
  propositions: [
    {
      id: "scope-of-immunity",
      pin: "524",
      parallelPin: "1972",
      quote:
        "This case raises issues concerning the scope of judicial immunity from a civil suit that seeks injunctive and declaratory relief",
      statement:
        '"This case raises issues concerning the scope of judicial immunity from a civil suit that seeks injunctive and declaratory relief" under 42 U.S.C. § 1983.',
      pinVerified: true,
      pinSource: "https://www.lexisnexis.com/community/case-opinion/b/case/posts/pulliam-v-allen",
      note: "Confirmed 2026-11-23: the sentence follows the [*524] [**1972] star pages on the Lexis copy.",
    },
    {
      id: "question-presented",
      pin: "527",
      statement:
        "*Pulliam* examined, in part, whether judicial immunity barred an award of injunctive relief under 42 U.S.C. § 1983.",
      pinVerified: false,
      note: 'Seed 001\'s "Id. at 527"; not confirmed. The Court states the issue at 524 (proposition scope-of-immunity, verified).',
    },
    {
      id: "judicial-capacity",
      pin: "541-42",
      parallelPin: "1981",
      statement:
        "Judicial immunity is not a bar to prospective injunctive relief against a judicial officer acting in her judicial capacity.",
      pinVerified: false,
      note: 'The syllabus places this holding at pp. 528-543 (originalsources.com); a secondary source cites it at 541-42 (https://encycloreader.org/db/view.php?id=EhbHq8Im0sjR). The Court says "judicial capacity", not seed 001\'s "official capacity". S. Ct. pin 1981 as seed 001 prints it, not confirmed.',
    },
  ],
});
