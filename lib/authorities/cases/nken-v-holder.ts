import { defineCase } from "../define-authority";

/** *Nken v. Holder*: the four traditional factors for a stay pending appeal. */
export default defineCase({
  id: "nken-v-holder",
  name: "Nken v. Holder",
  shortName: "Nken",
  cite: { volume: 556, reporter: "U.S.", firstPage: 418 },
  court: "",
  year: 2009,
  decided: "2009-04-22",
  decidedSource: "https://supreme.justia.com/cases/federal/us/556/418/",
  circuit: "scotus",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source:
      "http://joshblackman.com/blog/2013/02/20/scotus-cites-nken-v-holder-for-first-time-since-sg-confesses-error/",
    checked: "2026-11-22",
    note: "Parallel 129 S. Ct. 1749, 173 L. Ed. 2d 550; decided Apr. 22, 2009.",
  },
  propositions: [
    {
      id: "four-factors",
      pin: "434",
      quote:
        "(1) whether the stay applicant has made a strong showing that he is likely to succeed on the merits; (2) whether the applicant will be irreparably injured absent a stay; (3) whether issuance of the stay will substantially injure the other parties interested in the proceeding; and (4) where the public interest lies",
      statement:
        'A court deciding whether to stay an order pending appeal considers "(1) whether the stay applicant has made a strong showing that he is likely to succeed on the merits; (2) whether the applicant will be irreparably injured absent a stay; (3) whether issuance of the stay will substantially injure the other parties interested in the proceeding; and (4) where the public interest lies."',
      quoting: { authorityId: "hilton-v-braunskill", propositionId: "four-factors" },
      pinVerified: true,
      pinSource:
        "http://joshblackman.com/blog/2013/02/20/scotus-cites-nken-v-holder-for-first-time-since-sg-confesses-error/",
    },
    {
      id: "time-stand-still",
      pin: "421",
      quote:
        "A stay does not make time stand still, but does hold a ruling in abeyance to allow an appellate court the time necessary to review it",
      statement:
        '"A stay does not make time stand still, but does hold a ruling in abeyance to allow an appellate court the time necessary to review it."',
      pinVerified: true,
      pinSource: "https://en.wikisource.org./wiki/Nken_v._Holder/Opinion_of_the_Court",
      note: "Confirmed 2026-11-23: the sentence precedes the [p422] page marker on the Wikisource copy of the opinion; also https://frostbrowntodd.com/stays-pending-appeal-the-status-quos-best-friend/.",
    },
    {
      id: "burden",
      pin: "433-34",
      statement:
        "The party requesting a stay bears the burden of showing that the circumstances justify an exercise of the court's discretion.",
      pinVerified: false,
      note: "Pin 433-34 and wording open (AUTHORITIES.md §f item 5).",
    },
  ],
});
