import { defineStatute } from "../define-authority";

/** 28 U.S.C. § 636(c): a magistrate judge presiding by consent. */
export default defineStatute({
  id: "28-usc-636-c",
  title: 28,
  code: "U.S.C.",
  section: "636(c)",
  verification: {
    level: "cite",
    source: "official reporter",
    checked: "2026-11-22",
    note: "The proposition that a consenting magistrate judge may rule on § 1292(b) certification is not yet confirmed (AUTHORITIES.md §e.5).",
  },
  propositions: [
    {
      id: "consent-jurisdiction",
      statement:
        "Upon the consent of the parties, a magistrate judge may conduct all proceedings in a civil matter and order the entry of judgment, exercising the district court's authority, including on a motion for § 1292(b) certification.",
      pinVerified: false,
      note: "Wording of § 636(c)(1) not quoted; its application to § 1292(b) certification is unconfirmed.",
    },
  ],
});
