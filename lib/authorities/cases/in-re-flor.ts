import { defineCase } from "../define-authority";

/** *Flor v. BOT Financial Corp. (In re Flor)*: a first-impression question alone is not a substantial ground. */
export default defineCase({
  id: "in-re-flor",
  name: "Flor v. BOT Fin. Corp. (In re Flor)",
  shortName: "In re Flor",
  cite: { volume: 79, reporter: "F.3d", firstPage: 281 },
  court: "2d Cir.",
  year: 1996,
  decided: "1996-03-21",
  decidedSource: "http://casetext.com/case/in-re-flor-v-bot-financial-corp",
  courtParentheticals: ["per curiam"],
  circuit: "2d",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source:
      "https://jhany.com/2010/01/09/what-constitute-substantial-grounds-for-difference-of-opinion-for-purposes-of-28-u-s-c-%C2%A7-1292b-second-circuit-standards/",
    checked: "2026-11-22",
    note: "Decided Mar. 21, 1996, No. 95-5023 (http://casetext.com/case/in-re-flor-v-bot-financial-corp). Pin 284 and quotations seen as quoted in later orders.",
  },
  propositions: [
    {
      id: "first-impression-insufficient",
      pin: "284",
      quote:
        "mere presence of a disputed issue that is a question of first impression, standing alone, is insufficient to demonstrate a substantial ground for difference of opinion",
      statement:
        'The "mere presence of a disputed issue that is a question of first impression, standing alone, is insufficient to demonstrate a substantial ground for difference of opinion."',
      pinVerified: true,
      pinSource:
        "https://jhany.com/2009/07/14/interlocutory-appeal-under-28-u-s-c-%C2%A7-1292b-merely-because-issue-is-one-of-first-impression-does-not-necessarily-mean-that-there-is-a-substantial-ground-for-difference-of-opinion/",
    },
    {
      id: "analyze-strength",
      pin: "284",
      quote: "analyze the strength of the arguments in opposition to the challenged ruling",
      statement:
        'In deciding whether a substantial ground for difference of opinion exists, the district court must "analyze the strength of the arguments in opposition to the challenged ruling."',
      pinVerified: true,
      pinSource:
        "https://jhany.com/2010/01/09/what-constitute-substantial-grounds-for-difference-of-opinion-for-purposes-of-28-u-s-c-%C2%A7-1292b-second-circuit-standards/",
    },
    {
      id: "exceptional-circumstances",
      pin: "284",
      // A paraphrase: the quoted words are Coopers & Lybrand's and are quoted, with their pin, only from Coopers.
      // Seed 000 cites Flor for the movant's burden, which Flor at 284 was not seen to say: the burden
      // sentence is carried by Fukuda (or Judicial Watch), and Flor only for this.
      statement: "Interlocutory review under § 1292(b) is reserved for exceptional circumstances.",
      pinVerified: true,
      pinSource:
        "https://jhany.com/2010/01/09/what-constitute-substantial-grounds-for-difference-of-opinion-for-purposes-of-28-u-s-c-%C2%A7-1292b-second-circuit-standards/",
    },
  ],
});
