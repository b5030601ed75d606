import { defineCase } from "../define-authority";

const KETROSER = "https://docs.justia.com/cases/federal/district-courts/minnesota/mndce/0:2007cv04676/95198/79";

/** *White v. Nix*: the Eighth Circuit's "granted sparingly" and the movant's "heavy burden". */
export default defineCase({
  id: "white-v-nix",
  name: "White v. Nix",
  shortName: "White",
  cite: { volume: 43, reporter: "F.3d", firstPage: 374 },
  court: "8th Cir.",
  year: 1994,
  decided: "1994-12-21",
  decidedSource:
    "https://app.midpage.ai/document/sherman-white-v-crispus-nix-rob-glaser-john-emmett-james-burton-unknownunnamed-sued-as-two-unknown-bci-agents-685165",
  circuit: "8th",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source: KETROSER,
    checked: "2026-11-23",
    note: "No. 94-1629, decided Dec. 21, 1994 (Magill, J.); appeal dismissed despite the district court's certification (https://case-law.vlex.com/vid/43-f-3d-374-597424598). Pin 376 and quotation seen 2026-11-23 as quoted in United States ex rel. Ketroser v. Mayo Found., Civ. No. 07-4676 (JNE/AJB) (D. Minn. Aug. 31, 2011). Midpage's copy reads \"Submitted Oct. 11, 1994. Decided Dec. 21, 1994.\"",
  },
  propositions: [
    {
      id: "granted-sparingly",
      pin: "376",
      quote: "must be granted sparingly",
      statement: 'A motion for certification under § 1292(b) "must be granted sparingly."',
      pinVerified: true,
      pinSource: KETROSER,
    },
    {
      id: "heavy-burden",
      pin: "376",
      quote:
        "the heavy burden of demonstrating that the case is an exceptional one in which immediate appeal is warranted",
      statement:
        'The movant bears "the heavy burden of demonstrating that the case is an exceptional one in which immediate appeal is warranted."',
      pinVerified: true,
      pinSource: KETROSER,
    },
  ],
});
