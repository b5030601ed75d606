import { describe, expect, it } from "vitest";
import { getAuthority, listAuthorities, type Authority, type CaseAuthority } from "@/lib/authorities";
import { checkCitations, type CheckOptions } from "./check-citations";
import type { FindingKind } from "./findings";
import type { CheckableAuthority } from "./library-index";

/**
 * One case per finding kind: a text that must report it, and a near miss (the same text put
 * right, or a nearby form that is fine) that must not. Built on the library's own cases, with the
 * last page set or cleared where a check depends on it.
 */

const ashelman = "Ashelman v. Pope, 793 F.2d 1072, 1075 (9th Cir. 1986) (en banc).";
const cooper =
  '"exceptional circumstances justify a departure from the basic policy of postponing appellate review until after the entry of a final judgment."';
const fisons = "(quoting Fisons, Ltd. v. United States, 458 F.2d 1241, 1248 (7th Cir. 1972))";

/** The library with one case's reporter cite given (or stripped of) a last page. */
function withLastPage(id: string, lastPage: number | undefined): CheckableAuthority[] {
  return listAuthorities().map((authority): Authority => {
    if (authority.id !== id || authority.kind !== "case" || "wl" in authority.cite) return authority;
    const { lastPage: _old, lastPageSource: _source, ...cite } = authority.cite;
    return {
      ...authority,
      cite: lastPage === undefined ? cite : { ...cite, lastPage, lastPageSource: "https://example.org/verified" },
    } as CaseAuthority;
  });
}

const chambersCase: CheckableAuthority = {
  ...(getAuthority("ashelman-v-pope") as CaseAuthority),
  id: "chambers-ashelman-copy",
  chambers: { verifiedBy: "Jane Clerk", verifiedAt: "2026-12-01", source: "https://example.org/opinion" },
};

type Case = { kind: FindingKind; fires: string; nearMiss: string; options?: CheckOptions };

const CASES: Case[] = [
  { kind: "case-name", fires: "Ashelman v. Pop, 793 F.2d 1072, 1075 (9th Cir. 1986) (en banc).", nearMiss: ashelman },
  { kind: "volume", fires: "Ashelman v. Pope, 794 F.2d 1072, 1075 (9th Cir. 1986) (en banc).", nearMiss: ashelman },
  { kind: "reporter", fires: "Ashelman v. Pope, 793 F.3d 1072, 1075 (9th Cir. 1986) (en banc).", nearMiss: ashelman },
  { kind: "first-page", fires: "Ashelman v. Pope, 793 F.2d 1027, 1075 (9th Cir. 1986) (en banc).", nearMiss: ashelman },
  { kind: "court", fires: "Ashelman v. Pope, 793 F.2d 1072, 1075 (8th Cir. 1986) (en banc).", nearMiss: ashelman },
  { kind: "year", fires: "Ashelman v. Pope, 793 F.2d 1072, 1075 (9th Cir. 1987) (en banc).", nearMiss: ashelman },
  { kind: "date-missing", fires: "Ashelman v. Pope, 793 F.2d 1072, 1075 (en banc).", nearMiss: ashelman },
  {
    kind: "pin-outside",
    fires: "Ashelman v. Pope, 793 F.2d 1072, 1071 (9th Cir. 1986) (en banc).",
    nearMiss: ashelman,
  },
  {
    kind: "pin-outside",
    fires: "Ashelman v. Pope, 793 F.2d 1072, 1090 (9th Cir. 1986) (en banc).",
    nearMiss: "Ashelman v. Pope, 793 F.2d 1072, 1080 (9th Cir. 1986) (en banc).",
    options: { authorities: withLastPage("ashelman-v-pope", 1080) },
  },
  {
    kind: "pin-unjudged",
    fires: ashelman,
    nearMiss: "Ashelman v. Pope, 793 F.2d 1072, 1072 (9th Cir. 1986) (en banc).",
    options: { authorities: withLastPage("ashelman-v-pope", undefined) },
  },
  {
    kind: "pin-mismatch",
    fires: `Only ${cooper} Coopers & Lybrand v. Livesay, 437 U.S. 463, 474 (1978) ${fisons}.`,
    nearMiss: `Only ${cooper} Coopers & Lybrand v. Livesay, 437 U.S. 463, 475 (1978) ${fisons}.`,
  },
  {
    kind: "pin-not-verified",
    fires:
      '"Section 1292(b) is a departure from the normal rule that only final judgments are appealable, and therefore must be construed narrowly." James v. Price Stern Sloan, Inc., 283 F.3d 1064, 1067 n.6 (9th Cir. 2002).',
    nearMiss: `Only ${cooper} Coopers & Lybrand v. Livesay, 437 U.S. 463, 475 (1978) ${fisons}.`,
  },
  { kind: "weight-parenthetical", fires: "Ashelman v. Pope, 793 F.2d 1072, 1075 (9th Cir. 1986).", nearMiss: ashelman },
  {
    kind: "weight-parenthetical",
    fires: "Carroll v. Nakatani, 342 F.3d 934, 945 (9th Cir. 2003) (en banc).",
    nearMiss: "Carroll v. Nakatani, 342 F.3d 934, 945 (9th Cir. 2003).",
  },
  {
    kind: "history-without-source",
    fires: "Moore v. Brewster, 96 F.3d 1240, 1243 (9th Cir. 1996) (superseded by statute on other grounds).",
    nearMiss:
      "Moore v. Brewster, 96 F.3d 1240, 1243 (9th Cir. 1996), superseded by statute on other grounds, Federal Courts Improvement Act of 1996, Pub. L. No. 104-317, § 309(c).",
  },
  {
    kind: "negative-history",
    fires: "In re Trump, 958 F.3d 274, 280 (4th Cir. 2020) (en banc).",
    nearMiss:
      "In re Trump, 958 F.3d 274, 280 (4th Cir. 2020) (en banc), vacated as moot sub nom. Trump v. District of Columbia, No. 20-331 (U.S. Jan. 25, 2021).",
  },
  {
    kind: "reporter-spacing",
    fires: "Smith v. Jones, 12 F.Supp.2d 34 (D. Mass. 1998).",
    nearMiss: "Smith v. Jones, 12 F. Supp. 2d 34 (D. Mass. 1998).",
  },
  {
    kind: "pin-format",
    fires: "Smith v. Jones, 12 F.3d 34, 36 n. 2 (1st Cir. 1998).",
    nearMiss: "Smith v. Jones, 12 F.3d 34, 36 n.2 (1st Cir. 1998).",
  },
  {
    kind: "pin-format",
    fires: "Brizzee v. Fred Meyer Stores, Inc., No. CV 04-1566-ST, 2008 WL 426510, at * 3 (D. Or. Feb. 13, 2008).",
    nearMiss: "Brizzee v. Fred Meyer Stores, Inc., No. CV 04-1566-ST, 2008 WL 426510, at *3 (D. Or. Feb. 13, 2008).",
  },
  {
    kind: "unclosed-parenthesis",
    fires:
      "Smith v. Jones, 12 F.3d 34, 36 (1st Cir. 1998) (citing Ashelman v. Pope, 793 F.2d 1072, 1075 (9th Cir. 1986) (en banc).\n\nNext.",
    nearMiss:
      "Smith v. Jones, 12 F.3d 34, 36 (1st Cir. 1998) (citing Ashelman v. Pope, 793 F.2d 1072, 1075 (9th Cir. 1986) (en banc)).\n\nNext.",
  },
  {
    kind: "short-before-full",
    fires: "Ashelman, 793 F.2d at 1075.",
    nearMiss: `${ashelman} Ashelman, 793 F.2d at 1075.`,
  },
  {
    kind: "short-before-full",
    fires: "Under § 1292(b), the court may.",
    nearMiss: "Under 28 U.S.C. § 1292(b), the court may. And § 1292(b) again.",
  },
  {
    kind: "id-after-string-cite",
    fires: `Judges are immune. ${ashelman.slice(0, -1)}; Moore v. Brewster, 96 F.3d 1240, 1243 (9th Cir. 1996). Id. at 1075.`,
    nearMiss: `Judges are immune. ${ashelman} Id. at 1075.`,
  },
  {
    kind: "id-without-antecedent",
    fires: "Judges are immune. Id. at 1075.",
    nearMiss: `Judges are immune. ${ashelman} Id. at 1075.`,
  },
  {
    kind: "id-pin-outside",
    fires: `${ashelman} Id. at 1000.`,
    nearMiss: `${ashelman} Id. at 1075.`,
  },
  {
    kind: "quote-other-authority",
    fires: `Only ${cooper} Eisen v. Carlisle & Jacquelin, 417 U.S. 156, 170 (1974).`,
    nearMiss: `Only ${cooper} Coopers & Lybrand v. Livesay, 437 U.S. 463, 475 (1978) ${fisons}.`,
  },
  {
    kind: "statement-other-authority",
    fires:
      "The party seeking certification bears the burden of showing that exceptional circumstances justify a departure from the basic policy of postponing appellate review until after the entry of a final judgment. See Villarreal v. Caremark LLC, 85 F. Supp. 3d 1063, 1067 (D. Ariz. 2015).",
    nearMiss:
      "The party seeking certification bears the burden of showing that exceptional circumstances justify a departure from the basic policy of postponing appellate review until after the entry of a final judgment. Fukuda v. Cnty. of Los Angeles, 630 F. Supp. 228, 229 (C.D. Cal. 1986).",
  },
  {
    kind: "missing-quoting",
    fires: `Only ${cooper} Coopers & Lybrand v. Livesay, 437 U.S. 463, 475 (1978).`,
    nearMiss: `Only ${cooper} Coopers & Lybrand v. Livesay, 437 U.S. 463, 475 (1978) ${fisons}.`,
  },
  {
    kind: "as-cited-only",
    fires: "Brizzee v. Fred Meyer Stores, Inc., No. CV 04-1566-ST, 2008 WL 426510, at *3 (D. Or. Feb. 13, 2008).",
    nearMiss: ashelman,
  },
  {
    kind: "chambers-verified",
    fires: ashelman,
    nearMiss: ashelman,
    options: { authorities: [chambersCase] },
  },
  { kind: "caution", fires: "James v. Price Stern Sloan, Inc., 283 F.3d 1064 (9th Cir. 2002).", nearMiss: ashelman },
  { kind: "not-verified", fires: "Smith v. Jones, 12 F.3d 34, 36 (1st Cir. 1998).", nearMiss: ashelman },
  { kind: "not-verified", fires: "See 28 U.S.C. § 1331.", nearMiss: "See 28 U.S.C. § 1291." },
];

const kindsIn = (text: string, options?: CheckOptions) => checkCitations(text, options).findings.map((f) => f.kind);

describe("every finding kind fires, and its near miss does not", () => {
  it.each(CASES.map((c, i) => [`${c.kind} #${i}`, c] as const))("%s", (_label, c) => {
    expect(kindsIn(c.fires, c.options)).toContain(c.kind);
    // The chambers' case is in the fires text's library only; the near miss runs on the built-in library.
    const nearOptions = c.kind === "chambers-verified" ? {} : c.options;
    expect(kindsIn(c.nearMiss, nearOptions)).not.toContain(c.kind);
  });

  it("covers every kind", () => {
    const covered = new Set(CASES.map((c) => c.kind));
    expect(
      (
        [
          "case-name",
          "volume",
          "reporter",
          "first-page",
          "court",
          "year",
          "date-missing",
          "pin-outside",
          "pin-unjudged",
          "pin-mismatch",
          "pin-not-verified",
          "weight-parenthetical",
          "history-without-source",
          "negative-history",
          "reporter-spacing",
          "pin-format",
          "unclosed-parenthesis",
          "short-before-full",
          "id-after-string-cite",
          "id-without-antecedent",
          "id-pin-outside",
          "quote-other-authority",
          "statement-other-authority",
          "missing-quoting",
          "as-cited-only",
          "chambers-verified",
          "caution",
          "not-verified",
        ] as const
      ).filter((k) => !covered.has(k)),
    ).toEqual([]);
  });
});

describe("not verified is never wrong, never right", () => {
  it("reports an authority the library lacks as a note and nothing else", () => {
    const result = checkCitations("Smith v. Jones, 12 F.3d 34, 36 (1st Cir. 1998). Smith, 12 F.3d at 37. Id. at 38.");
    expect(result.findings.map((f) => `${f.severity} ${f.kind}`)).toEqual(["note not-verified"]);
    expect(result.citations.map((c) => c.status)).toEqual(["note", "ok", "ok"]);
  });
});

describe("a passage inside a larger document (one wizard field)", () => {
  it("does not judge a short form or an Id. that may follow a citation elsewhere", () => {
    const text = "Id. at 1075. Ashelman, 793 F.2d at 1075. Under § 1292(b), the court may.";
    const errors = checkCitations(text, { wholeDocument: false }).findings.filter((f) => f.severity === "error");
    expect(errors).toEqual([]);
    expect(kindsIn(text)).toEqual(expect.arrayContaining(["short-before-full", "id-without-antecedent"]));
  });
});
