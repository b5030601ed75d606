import { defineCase } from "../define-authority";

/** *Klinghoffer v. S.N.C. Achille Lauro*: "controlling" read practically; § 1292(b) not liberally construed. */
export default defineCase({
  id: "klinghoffer-v-achille-lauro",
  name: "Klinghoffer v. S.N.C. Achille Lauro Ed Altri-Gestione Motonave Achille Lauro in Amministrazione Straordinaria",
  shortName: "Klinghoffer",
  cite: { volume: 921, reporter: "F.2d", firstPage: 21 },
  court: "2d Cir.",
  year: 1990,
  decided: "1990-12-07",
  decidedSource: "http://casetext.com/case/klinghoffer-v-snc-achille-lauro-3",
  circuit: "2d",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source: "https://print.casetext.com/case/in-re-aapex-systems-inc",
    checked: "2026-11-22",
    note: "Cite and pins seen as quoted in In re Aapex Sys., Inc. (W.D.N.Y. 2000). The full party name is as AUTHORITIES.md records it and was not confirmed.",
  },
  propositions: [
    {
      id: "controlling-question",
      pin: "24-25",
      statement:
        "A question of law may be controlling even though its resolution would not terminate the action, as where reversal would significantly affect the conduct of the action.",
      pinVerified: true,
      pinSource: "https://print.casetext.com/case/in-re-aapex-systems-inc",
    },
    {
      id: "exceptional-circumstances",
      pin: "25",
      quote:
        "exceptional circumstances [will] justify a departure from the basic policy of postponing appellate review until after the entry of a final judgment",
      statement:
        'Section 1292(b) is not to be liberally construed: only "exceptional circumstances [will] justify a departure from the basic policy of postponing appellate review until after the entry of a final judgment."',
      quoting: { authorityId: "coopers-lybrand-v-livesay", propositionId: "exceptional-circumstances" },
      pinVerified: true,
      pinSource: "https://print.casetext.com/case/in-re-aapex-systems-inc",
    },
    {
      id: "substantial-ground",
      pin: "25",
      statement:
        "A substantial ground for difference of opinion may exist where there is conflicting authority on the issue, or where the issue is particularly difficult and of first impression.",
      pinVerified: true,
      pinSource:
        "https://jhany.com/2010/01/09/what-constitute-substantial-grounds-for-difference-of-opinion-for-purposes-of-28-u-s-c-%C2%A7-1292b-second-circuit-standards/",
    },
  ],
});
