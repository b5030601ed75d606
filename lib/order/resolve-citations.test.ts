import { describe, expect, it } from "vitest";
import { starred } from "@/lib/authorities/testing";
import { DEFAULT_STYLE, type StyleProfile } from "@/lib/style/style-profile";
import { resolveCitations } from "./resolve-citations";
import type { Block, CiteToken, DocketRefToken, Inline, OrderDoc } from "@/lib/order-doc/types";
import { ONE_ACTION_CAPTION_PARTS } from "@/lib/order-doc/caption-parts";

const t = (text: string): Inline => ({ kind: "text", text });
const c = (authorityId: string, propositionId?: string, signal?: CiteToken["signal"]): Inline => ({
  kind: "cite",
  token: { authorityId, ...(propositionId ? { propositionId } : {}), ...(signal ? { signal } : {}) },
});
const d = (entries: string[], position: DocketRefToken["position"], pin?: string): Inline => ({
  kind: "docket",
  token: { entries, position, ...(pin ? { pin } : {}) },
});
const fn = (footnoteId: string): Inline => ({ kind: "footnoteRef", footnoteId });
const p = (...content: Inline[]): Block => ({ kind: "paragraph", content, section: "discussion" });

function doc(body: Block[], footnotes: Record<string, Block[]> = {}): OrderDoc {
  return {
    caption: {
      ...ONE_ACTION_CAPTION_PARTS,
      courtLines: ["UNITED STATES DISTRICT COURT"],
      plaintiffs: { names: ["A"], label: "Plaintiff," },
      defendants: { names: ["B"], label: "Defendant." },
      caseNumberLine: "No. 1",
    },
    title: "ORDER",
    body,
    footnotes,
    signature: { signerLine: "/s/ Judge", titleLine: "UNITED STATES DISTRICT JUDGE" },
    meta: { shortCaption: "A v. B", caseNumber: "1", courtName: "Court" },
  };
}

const S_D_CAL: StyleProfile = { ...DEFAULT_STYLE, docketCite: { form: "doc-no", pinSeparator: " at ", useId: true } };

/** The resolved inlines of one paragraph (or footnote paragraph) as starred text. */
function printed(block: Block | undefined): string {
  if (!block || block.kind === "list") throw new Error("paragraph expected");
  return block.content
    .map((i) =>
      i.kind === "text" ? i.text : i.kind === "cite" || i.kind === "docket" ? starred(i.printed ?? []) : "[fn]",
    )
    .join("");
}
const forms = (block: Block | undefined) =>
  block && block.kind !== "list"
    ? block.content.flatMap((i) => (i.kind === "cite" || i.kind === "docket" ? [i.form] : []))
    : [];

describe("resolveCitations: full, short, Id.", () => {
  it("prints the full cite first, Id. for the same authority next, and the short cite after another authority", () => {
    const out = resolveCitations(
      doc([
        p(
          t("A. "),
          c("in-re-cement-antitrust", "consent-of-both-courts"),
          t(". B. "),
          c("in-re-cement-antitrust", "controlling"),
          t(". C. "),
          c("couch-v-telescope", "all-three-required"),
          t(". D. "),
          c("in-re-cement-antitrust", "controlling"),
          t("."),
        ),
      ]),
      DEFAULT_STYLE,
    );
    expect(forms(out.body[0])).toEqual(["full", "id", "full", "short"]);
    expect(printed(out.body[0])).toBe(
      "A. *In re Cement Antitrust Litig.*, 673 F.2d 1020, 1025-26 (9th Cir. 1982). B. *Id.* at 1026. C. *Couch v. Telescope Inc.*, 611 F.3d 629, 633 (9th Cir. 2010). D. *In re Cement Antitrust Litig.*, 673 F.2d at 1026.",
    );
  });

  it("lets the first member of a string cite be Id., and breaks the chain after the string cite", () => {
    const out = resolveCitations(
      doc([
        p(
          t("A. "),
          c("in-re-cement-antitrust", "consent-of-both-courts"),
          t(". B. "),
          c("in-re-cement-antitrust", "three-elements"),
          t("; "),
          c("28-usc-1292-b", "certification-criteria"),
          t(". C. "),
          c("28-usc-1292-b", "materially-advance"),
          t("."),
        ),
      ]),
      DEFAULT_STYLE,
    );
    expect(forms(out.body[0])).toEqual(["full", "id", "full", "short"]);
    expect(printed(out.body[0])).toContain("B. *Id.* at 1026; 28 U.S.C. §\u00a01292(b). C. §\u00a01292(b).");
  });

  it("does not print Id. after a string cite even for the authority cited last in it", () => {
    const out = resolveCitations(
      doc([
        p(
          c("carroll-v-nakatani", "extraordinary-remedy"),
          t("; "),
          c("mcdowell-v-calderon", "highly-unusual-circumstances"),
          t(". "),
          c("mcdowell-v-calderon", "used-sparingly"),
          t("."),
        ),
      ]),
      DEFAULT_STYLE,
    );
    expect(forms(out.body[0])).toEqual(["full", "full", "short"]);
    expect(printed(out.body[0])).toContain(". *McDowell*, 197 F.3d at 1255 n.1.");
  });

  it("breaks the Id. chain with a docket reference in between", () => {
    const out = resolveCitations(
      doc([
        p(
          t("A. "),
          c("in-re-cement-antitrust", "controlling"),
          t(". "),
          d(["49"], "sentence", "2"),
          t(" B. "),
          c("in-re-cement-antitrust", "controlling"),
          t("."),
        ),
      ]),
      S_D_CAL,
    );
    expect(forms(out.body[0])).toEqual(["full", "full", "short"]);
    expect(printed(out.body[0])).toBe(
      "A. *In re Cement Antitrust Litig.*, 673 F.2d 1020, 1026 (9th Cir. 1982). Doc. No. 49 at 2. B. *In re Cement Antitrust Litig.*, 673 F.2d at 1026.",
    );
  });

  it("prints Westlaw Id. pins with the star: Id. at *4", () => {
    const out = resolveCitations(
      doc([
        p(
          c("brizzee-v-fred-meyer", "unfettered-discretion"),
          t(". "),
          c("brizzee-v-fred-meyer", "not-application-of-law", "see"),
          t("."),
        ),
      ]),
      DEFAULT_STYLE,
    );
    expect(printed(out.body[0])).toContain(". *See* *id.* at *4 (stating that");
  });

  it("prints a bare Id. for the same page as the citation just before (Bluebook R4.1)", () => {
    const out = resolveCitations(
      doc([
        p(
          c("in-re-cement-antitrust", "controlling"),
          t(". "),
          c("in-re-cement-antitrust", "exceptional-situations"),
          t("."),
        ),
      ]),
      DEFAULT_STYLE,
    );
    expect(printed(out.body[0])).toMatch(/\(9th Cir\. 1982\)\. \*Id\.\*$/);
  });

  it("lets a citation that ends in a period close the sentence: Id., not Id..", () => {
    const out = resolveCitations(
      doc([
        p(
          c("couch-v-telescope", "all-three-required"),
          t(". "),
          c("couch-v-telescope", "all-three-required"),
          t(". Next."),
        ),
        p(d(["5"], "sentence"), t(" "), d(["5"], "sentence"), t(".")),
      ]),
      S_D_CAL,
    );
    expect(printed(out.body[0])).toMatch(/\(9th Cir\. 2010\)\. \*Id\.\* Next\.$/);
    expect(printed(out.body[1])).toBe("Doc. No. 5. *Id.*");
  });

  it("prints Id. at the new page when the page changes", () => {
    const out = resolveCitations(
      doc([
        p(
          c("in-re-cement-antitrust", "consent-of-both-courts"),
          t(". "),
          c("in-re-cement-antitrust", "controlling"),
          t("."),
        ),
      ]),
      DEFAULT_STYLE,
    );
    expect(printed(out.body[0])).toContain(". *Id.* at 1026.");
  });
});

describe("resolveCitations: quoting and citing parentheticals", () => {
  it("prints the parenthetical authority in full first, short after, without touching the Id. chain", () => {
    const out = resolveCitations(
      doc([
        p(
          c("united-states-v-tenet-healthcare", "sound-discretion"),
          t(". "),
          c("united-states-v-tenet-healthcare", "sound-discretion"),
          t(". "),
          c("swint-v-chambers-county", "first-line-discretion"),
          t("."),
        ),
      ]),
      DEFAULT_STYLE,
    );
    expect(forms(out.body[0])).toEqual(["full", "id", "short"]);
    expect(printed(out.body[0])).toBe(
      "*United States v. Tenet Healthcare Corp.*, No. CV04-857 GAF(JTLX), 2004 WL 3030121, at *1 (C.D. Cal. Dec. 27, 2004) (citing *Swint v. Chambers Cnty. Comm'n*, 514 U.S. 35, 47 (1995)). *Id.* (citing *Swint*, 514 U.S. at 47). *Swint*, 514 U.S. at 47.",
    );
  });
});

describe("resolveCitations: footnotes are read where their reference stands", () => {
  it("lets a footnote's citation break the body's Id. chain", () => {
    const out = resolveCitations(
      doc(
        [
          p(
            c("in-re-cement-antitrust", "controlling"),
            t("."),
            fn("1"),
            t(" "),
            c("in-re-cement-antitrust", "controlling"),
            t("."),
          ),
        ],
        {
          "1": [p(t("See also "), c("couch-v-telescope", "all-three-required"), t("."))],
        },
      ),
      DEFAULT_STYLE,
    );
    expect(forms(out.body[0])).toEqual(["full", "short"]);
    expect(forms(out.footnotes["1"]?.[0])).toEqual(["full"]);
  });

  it("prints Id. in a footnote that cites the authority the body cited just before", () => {
    const out = resolveCitations(
      doc([p(c("in-re-gugliuzza", "no-jurisdiction-without-certification"), t("."), fn("a"))], {
        a: [p(c("in-re-gugliuzza", "no-jurisdiction-without-certification", "see"), t("."))],
      }),
      S_D_CAL,
    );
    expect(forms(out.footnotes.a?.[0])).toEqual(["id"]);
    expect(printed(out.footnotes.a?.[0])).toMatch(/^\*See\* \*id\.\* \(noting/);
  });

  it("lets a docket reference in a footnote break the body's Id. chain", () => {
    const out = resolveCitations(
      doc(
        [
          p(c("in-re-gugliuzza", "no-jurisdiction-without-certification"), t("."), fn("a")),
          p(c("in-re-gugliuzza", "no-jurisdiction-without-certification", "see"), t(".")),
        ],
        {
          a: [p(d(["49-1"], "sentence", "4"))],
        },
      ),
      S_D_CAL,
    );
    // The footnote's docket cite intervenes: the second body cite is short, not Id.
    expect(forms(out.body[1])).toEqual(["short"]);
    expect(printed(out.body[1])).toMatch(/^\*See\* \*In re Gugliuzza\*, 852 F\.3d at 898/);
  });

  it("reads a footnote before the text after its reference", () => {
    const out = resolveCitations(
      doc([p(t("Text."), fn("1"), t(" "), c("couch-v-telescope", "all-three-required"), t("."))], {
        "1": [p(c("couch-v-telescope", "jurisdictional"), t("."))],
      }),
      DEFAULT_STYLE,
    );
    expect(forms(out.footnotes["1"]?.[0])).toEqual(["full"]);
    expect(forms(out.body[0])).toEqual(["id"]);
    expect(printed(out.body[0])).toBe("Text.[fn] *Id.* at 633.");
  });

  it("resolves a footnote no reference reaches", () => {
    const out = resolveCitations(
      doc([p(t("Text."))], { orphan: [p(c("couch-v-telescope", "all-three-required"))] }),
      DEFAULT_STYLE,
    );
    expect(forms(out.footnotes.orphan?.[0])).toEqual(["full"]);
  });
});

describe("resolveCitations: capitalization", () => {
  it.each([
    ["at the start of a block", [c("in-re-flor", "first-impression-insufficient", "see")], "*See* *Flor"],
    [
      "after a sentence",
      [t("That is enough. "), c("in-re-flor", "first-impression-insufficient", "see")],
      "enough. *See* *Flor",
    ],
    [
      "after a closing quotation mark",
      [t('"first impression." '), c("in-re-flor", "first-impression-insufficient", "see")],
      'impression." *See* *Flor',
    ],
    [
      "after a closing parenthesis",
      [t("(so held.) "), c("in-re-flor", "first-impression-insufficient", "see")],
      "held.) *See* *Flor",
    ],
    [
      "inside a sentence",
      [t("as the court held, "), c("in-re-flor", "first-impression-insufficient", "see")],
      "held, *see* *Flor",
    ],
    [
      "after a semicolon in a string cite",
      [
        c("koehler-v-bank-of-bermuda", "basic-tenet"),
        t("; "),
        c("in-re-flor", "first-impression-insufficient", "see-also"),
      ],
      "; *see also* *Flor",
    ],
  ] as const)("%s", (_label, content, expected) => {
    const out = resolveCitations(doc([p(...content)]), DEFAULT_STYLE);
    expect(printed(out.body[0])).toContain(expected);
  });

  it("capitalizes Id. at a sentence start and lower-cases it mid-sentence", () => {
    const out = resolveCitations(
      doc([
        p(
          c("couch-v-telescope", "all-three-required"),
          t(". "),
          c("couch-v-telescope", "jurisdictional"),
          t(", and "),
          c("couch-v-telescope", "all-three-required"),
          t("."),
        ),
      ]),
      DEFAULT_STYLE,
    );
    expect(printed(out.body[0])).toContain(". *Id.* at 632-33 (noting");
    expect(printed(out.body[0])).toContain(", and *id.* at 633.");
  });

  it("honors a token that says it starts a sentence", () => {
    const token: Inline = {
      kind: "cite",
      token: { authorityId: "in-re-flor", propositionId: "analyze-strength", signal: "see", startsSentence: true },
    };
    const out = resolveCitations(doc([p(t("mid-sentence "), token)]), DEFAULT_STYLE);
    expect(printed(out.body[0])).toContain("*See* *Flor");
  });
});

describe("resolveCitations: docket references", () => {
  it("uses Id. for the same entries when the style allows it", () => {
    const out = resolveCitations(
      doc([
        p(
          t("Plaintiff moves. "),
          d(["49-1"], "sentence", "2-3"),
          t(" He asks to stay the case. "),
          d(["49-1"], "sentence", "3-4"),
        ),
      ]),
      S_D_CAL,
    );
    expect(printed(out.body[0])).toBe("Plaintiff moves. Doc. No. 49-1 at 2-3. He asks to stay the case. *Id.* at 3-4.");
  });
  it("prints in full when the entries differ or the style forbids Id.", () => {
    const differ = resolveCitations(doc([p(d(["44"], "sentence"), t(" "), d(["44", "46"], "sentence"))]), S_D_CAL);
    expect(forms(differ.body[0])).toEqual(["full", "full"]);
    const forbidden = resolveCitations(doc([p(d(["156"], "sentence"), t(" "), d(["156"], "sentence"))]), DEFAULT_STYLE);
    expect(printed(forbidden.body[0])).toBe("(ECF No. 156.) (ECF No. 156.)");
  });
  it("never uses Id. for a docket reference after a case citation", () => {
    const out = resolveCitations(
      doc([
        p(d(["49"], "sentence"), t(" "), c("couch-v-telescope", "all-three-required"), t(". "), d(["49"], "sentence")),
      ]),
      S_D_CAL,
    );
    expect(forms(out.body[0])).toEqual(["full", "full", "full"]);
  });
  it("formats the title's docket reference in full, outside the reading order", () => {
    const input = {
      ...doc([p(d(["49"], "sentence"), t(" "), d(["49"], "sentence"))]),
      titleDocketRef: [d(["49"], "clause")],
    };
    const out = resolveCitations(input, S_D_CAL);
    const title = out.titleDocketRef?.[0];
    expect(title?.kind === "docket" && starred(title.printed ?? [])).toBe("Doc. No. 49");
    expect(forms(out.body[0])).toEqual(["full", "id"]);
  });
});

describe("resolveCitations: reviewer flags", () => {
  const flagsOf = (authorityId: string, propositionId: string) => {
    const out = resolveCitations(doc([p(c(authorityId, propositionId))]), DEFAULT_STYLE);
    const block = out.body[0];
    const inline = block?.kind === "paragraph" ? block.content[0] : undefined;
    return inline?.kind === "cite" ? (inline.flags ?? []) : [];
  };
  it("flags an unverified pin and each caution", () => {
    expect(flagsOf("james-v-price-stern-sloan", "construed-narrowly").map((f) => f.code)).toEqual([
      "pin-not-verified",
      "caution",
      "caution",
    ]);
  });
  it("flags an as-cited authority", () => {
    expect(flagsOf("brizzee-v-fred-meyer", "unfettered-discretion").map((f) => f.code)).toEqual([
      "pin-not-verified",
      "as-cited-only",
    ]);
  });
  it("flags negative subsequent history with its text", () => {
    expect(flagsOf("moore-v-brewster", "equitable-relief")).toContainEqual({
      code: "negative-history",
      authorityId: "moore-v-brewster",
      history:
        "superseded by statute on other grounds, Federal Courts Improvement Act of 1996, Pub. L. No. 104-317, § 309(c), 110 Stat. 3853",
    });
  });
  it("flags the authority of a citing parenthetical too", () => {
    expect(
      flagsOf("united-states-v-tenet-healthcare", "sound-discretion").map((f) => `${f.code}:${f.authorityId}`),
    ).toEqual(["pin-not-verified:united-states-v-tenet-healthcare", "as-cited-only:united-states-v-tenet-healthcare"]);
  });
  it("sets no flag on a verified pin", () => {
    expect(flagsOf("in-re-cement-antitrust", "controlling").map((f) => f.code)).toEqual(["caution"]);
  });
});

describe("resolveCitations is pure", () => {
  it("returns a new document and leaves its input untouched", () => {
    const input = doc([p(c("in-re-cement-antitrust", "controlling"), fn("1"))], {
      "1": [p(c("in-re-cement-antitrust", "controlling"))],
    });
    const before = structuredClone(input);
    const out = resolveCitations(input, DEFAULT_STYLE);
    expect(input).toEqual(before);
    expect(out).not.toBe(input);
    expect(resolveCitations(input, DEFAULT_STYLE)).toEqual(out);
  });
});

describe("resolveCitations: citations the clerk typed in free text", () => {
  const ashelmanTyped = "Ashelman v. Pope, 793 F.2d 1072, 1075 (9th Cir. 1986) (en banc).";
  const mooreTyped = "Moore v. Brewster, 96 F.3d 1240, 1243 (9th Cir. 1996).";
  const tenetTyped = "Smith v. Jones, 12 F.3d 34, 36 (1st Cir. 1998).";

  it("an Id. never follows a case the clerk typed: the library cite after it takes its short form", () => {
    const out = resolveCitations(
      doc([
        p(
          t("A. "),
          c("in-re-cement-antitrust", "controlling"),
          t(`. The clerk adds: ${mooreTyped} B. `),
          c("in-re-cement-antitrust", "controlling"),
          t("."),
        ),
      ]),
      DEFAULT_STYLE,
    );
    expect(forms(out.body[0])).toEqual(["full", "short"]);
    expect(printed(out.body[0])).not.toMatch(/\*Id\.\*/);
  });

  it("a typed case the library lacks breaks the Id. chain too, across paragraphs", () => {
    const out = resolveCitations(
      doc([
        p(t("A. "), c("in-re-cement-antitrust", "controlling"), t(".")),
        p(t(`Typed: ${tenetTyped}`)),
        p(t("B. "), c("in-re-cement-antitrust", "controlling"), t(".")),
      ]),
      DEFAULT_STYLE,
    );
    expect(forms(out.body[2])).toEqual(["short"]);
  });

  it("a library case the clerk typed in full counts as cited: the next cite to it is Id., and a later one short", () => {
    const out = resolveCitations(
      doc([
        p(
          t(`Judges are immune. ${ashelmanTyped} So: `),
          c("ashelman-v-pope", "judicial-acts"),
          t(". Then "),
          c("in-re-cement-antitrust", "controlling"),
          t(". And "),
          c("ashelman-v-pope", "judicial-acts"),
          t("."),
        ),
      ]),
      DEFAULT_STYLE,
    );
    expect(forms(out.body[0])).toEqual(["id", "full", "short"]);
  });

  it("a mention of a statute in running text leaves the chain alone", () => {
    const out = resolveCitations(
      doc([
        p(
          t("A. "),
          c("in-re-cement-antitrust", "controlling"),
          t(". Under 28 U.S.C. § 1292(b), the court may. "),
          c("in-re-cement-antitrust", "controlling"),
          t("."),
        ),
      ]),
      DEFAULT_STYLE,
    );
    expect(forms(out.body[0])).toEqual(["full", "id"]);
  });
});
