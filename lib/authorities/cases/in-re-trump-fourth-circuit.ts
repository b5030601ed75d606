import { defineCase } from "../define-authority";

/**
 * *In re Trump* (4th Cir. 2020) (en banc): mandamus to compel § 1292(b) certification denied, then
 * vacated by the Supreme Court. Carried only so the app can warn; never in a formulation.
 */
export default defineCase({
  id: "in-re-trump-fourth-circuit",
  name: "In re Trump",
  shortName: "In re Trump",
  cite: { volume: 958, reporter: "F.3d", firstPage: 274 },
  court: "4th Cir.",
  year: 2020,
  decided: "2020-05-14",
  decidedSource:
    "https://ocr.docketalarm.com/cases/US_Court_of_Appeals_Fourth_Circuit/18-2486/In_re--_Donald_Trump/Order-02-10-21",
  courtParentheticals: ["en banc"],
  subsequentHistory: [
    {
      text: "*vacated as moot sub nom.* *Trump v. District of Columbia*, No. 20-331 (U.S. Jan. 25, 2021)",
      negative: true,
      verified: true,
    },
  ],
  cautions: [
    "Vacated by the Supreme Court as moot (Munsingwear): it has no precedential force. Do not cite it for the § 1292(b) standard.",
  ],
  circuit: "4th",
  isDistrictCourt: false,
  verification: {
    level: "cite",
    source: "https://case-law.vlex.com/vid/in-re-trump-no-894407039",
    checked: "2026-11-23",
    note: 'No. 18-2486, decided May 14, 2020 (en banc) (Motz, J.). Vacatur seen 2026-11-23: the Fourth Circuit\'s order of Mar. 9, 2021 on remand (https://law.justia.com/cases/federal/appellate-courts/ca4/18-2486/18-2486-2021-03-10.html: the Supreme Court "granted ... certiorari, vacated the judgment of this court, and remanded the case with instructions to dismiss it as moot"); docket No. 20-331, Trump v. District of Columbia, status GVR (https://www.scotusgate.com/case.php?number=20-331); date Jan. 25, 2021 (https://docslib.org/download/3524316/donald-j-trump-president-of-the-united-states-of-america-in-his-official-capacity-and-in-his-individual-capacity). The reporter cite 141 S. Ct. 1262 was not seen.',
  },
  propositions: [
    {
      id: "mandamus-denied",
      statement:
        "Mandamus will not issue to compel a district court to certify an order under § 1292(b), a decision committed to that court's discretion.",
      pinVerified: false,
      note: "Paraphrase of the holding (AUTHORITIES.md 4-1); vacated.",
    },
  ],
});
