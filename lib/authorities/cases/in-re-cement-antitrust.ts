import { defineCase } from "../define-authority";

/** *In re Cement Antitrust Litigation*: the Ninth Circuit's leading statement of the § 1292(b) standard. */
export default defineCase({
  id: "in-re-cement-antitrust",
  name: "In re Cement Antitrust Litig.",
  shortName: "In re Cement Antitrust Litig.",
  cite: { volume: 673, reporter: "F.2d", firstPage: 1020 },
  court: "9th Cir.",
  year: 1982,
  decided: "1982-01-27",
  decidedSource: "https://law.justia.com/cases/federal/appellate-courts/F2/673/1020/8964/",
  circuit: "9th",
  isDistrictCourt: false,
  cautions: [
    "In re Cement denied the § 1292(b) petition and proceeded by mandamus (recusal order). It was a three-judge panel, not en banc; cite it as 1982.",
  ],
  verification: {
    level: "cite-and-pin",
    source: "https://law.justia.com/cases/federal/appellate-courts/F2/673/1020/8964/",
    checked: "2026-11-22",
    note: "Order filed Oct. 30, 1981; opinion filed Jan. 27, 1982; amended Apr. 15, 1982 (Wallace, Skopil, Boochever, JJ.). Subsequent history in the Supreme Court is unconfirmed and is not printed. Order filed Oct. 30, 1981; opinion filed Jan. 27, 1982 (the date recorded as decided); amended on denial of rehearing Apr. 15, 1982: the 673 F.2d text is the amended opinion. vLex gives the order's date as its decision date.",
  },
  propositions: [
    {
      id: "consent-of-both-courts",
      pin: "1025-26",
      quote:
        "litigants can bring an immediate appeal of a non-final order upon the consent of both the district court and the court of appeals",
      statement:
        'Section 1292(b) is an exception to the final judgment rule under which "litigants can bring an immediate appeal of a non-final order upon the consent of both the district court and the court of appeals."',
      pinVerified: true,
      pinSource: "http://print.casetext.com/case/pumphrey-v-battles-4",
    },
    {
      id: "three-elements",
      pin: "1026",
      statement:
        "The movant must show that (1) the order involves a controlling question of law, (2) there is substantial ground for difference of opinion, and (3) an immediate appeal may materially advance the ultimate termination of the litigation.",
      pinVerified: false,
      note: 'Seed 002\'s "Id. at 1026"; AUTHORITIES.md places the all-three-elements point at 1025-26 and leaves 1026 open for it.',
    },
    {
      id: "exceptional-circumstances",
      pin: "1026",
      statement: "Certification under § 1292(b) is reserved for exceptional circumstances.",
      pinVerified: true,
      pinSource: "http://casetext.com/case/cornerstone-staffing-solutions-10",
    },
    {
      id: "exceptional-situations",
      pin: "1026",
      quote:
        "[T]his section [is] to be used only in exceptional situations in which allowing an interlocutory appeal would avoid protracted and expensive litigation",
      statement:
        '"[T]his section [is] to be used only in exceptional situations in which allowing an interlocutory appeal would avoid protracted and expensive litigation."',
      pinVerified: false,
      note: "Quotation as seed 002 prints it; the full phrase is not yet confirmed against the opinion (AUTHORITIES.md §f item 7).",
    },
    {
      id: "controlling",
      pin: "1026",
      quote:
        "resolution of the issue on appeal could materially affect the outcome of litigation in the district court",
      statement:
        'A question of law is controlling if "resolution of the issue on appeal could materially affect the outcome of litigation in the district court."',
      pinVerified: true,
      pinSource:
        "https://cetient.com/case/9495112/in-re-city-of-memphis-west-tennessee-chapter-of-associated-builders-and-contractors-inc-zellner-construction-company-inc-v-city-of-memphis",
    },
  ],
});
