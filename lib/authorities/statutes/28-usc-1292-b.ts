import { defineStatute } from "../define-authority";

const TEXT_SOURCE = "http://codes.lp.findlaw.com/uscode/28/IV/83/1292";

/** 28 U.S.C. § 1292(b): certification of an interlocutory order for appeal. Text verified verbatim (AUTHORITIES.md §a). */
export default defineStatute({
  id: "28-usc-1292-b",
  title: 28,
  code: "U.S.C.",
  section: "1292(b)",
  verification: {
    level: "cite-and-pin",
    source: TEXT_SOURCE,
    checked: "2026-11-22",
    note: "Identical text at http://supremelaw.org/uscode/28/1292.html and https://crushendo.net/usc-1292/. Quote the current text, not the 1958 original.",
  },
  propositions: [
    {
      id: "certification-criteria",
      quote:
        "such order involves a controlling question of law as to which there is substantial ground for difference of opinion and that an immediate appeal from the order may materially advance the ultimate termination of the litigation",
      statement:
        'A district judge may certify an order for interlocutory appeal when the judge is of the opinion that "such order involves a controlling question of law as to which there is substantial ground for difference of opinion and that an immediate appeal from the order may materially advance the ultimate termination of the litigation."',
      pinVerified: true,
      pinSource: TEXT_SOURCE,
    },
    {
      id: "may-certify",
      quote:
        "controlling question of law as to which there is substantial ground for difference of opinion and that an immediate appeal from the order may materially advance the ultimate termination of the litigation",
      statement:
        'The Court may certify an order for interlocutory appeal if it believes the order involves a "controlling question of law as to which there is substantial ground for difference of opinion and that an immediate appeal from the order may materially advance the ultimate termination of the litigation."',
      pinVerified: true,
      pinSource: TEXT_SOURCE,
    },
    {
      id: "controlling-question",
      quote: "controlling question of law",
      statement: 'The order must involve a "controlling question of law."',
      pinVerified: true,
      pinSource: TEXT_SOURCE,
    },
    {
      id: "substantial-ground",
      quote: "substantial ground for difference of opinion",
      statement: 'There must be a "substantial ground for difference of opinion" on that question.',
      pinVerified: true,
      pinSource: TEXT_SOURCE,
    },
    {
      id: "materially-advance",
      quote: "an immediate appeal from the order may materially advance the ultimate termination of the litigation",
      statement:
        'It must appear that "an immediate appeal from the order may materially advance the ultimate termination of the litigation."',
      pinVerified: true,
      pinSource: TEXT_SOURCE,
    },
    {
      id: "shall-so-state",
      quote: "shall so state in writing in such order",
      statement: 'A district judge who is of that opinion "shall so state in writing in such order."',
      pinVerified: true,
      pinSource: TEXT_SOURCE,
    },
    {
      id: "court-of-appeals-discretion",
      quote:
        "may thereupon, in its discretion, permit an appeal to be taken from such order, if application is made to it within ten days after the entry of the order",
      statement:
        'The court of appeals "may thereupon, in its discretion, permit an appeal to be taken from such order, if application is made to it within ten days after the entry of the order."',
      pinVerified: true,
      pinSource: TEXT_SOURCE,
    },
    {
      id: "no-automatic-stay",
      quote:
        "application for an appeal hereunder shall not stay proceedings in the district court unless the district judge or the Court of Appeals or a judge thereof shall so order",
      statement:
        'An "application for an appeal hereunder shall not stay proceedings in the district court unless the district judge or the Court of Appeals or a judge thereof shall so order."',
      pinVerified: true,
      pinSource: TEXT_SOURCE,
    },
  ],
});
