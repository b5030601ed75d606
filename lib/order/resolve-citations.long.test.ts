/**
 * Citation forms over a long order, read in one pass as a reader meets them: 35 paragraphs and
 * three footnotes with full cites, short cites and *Id.* (body and footnote), Westlaw pins, string
 * cites, signals at a sentence's start and inside it, quoting and citing parentheticals, parallel
 * cites, subsequent history, statutes, rules and docket references. Each row is one paragraph and
 * the exact text it must print (italics starred); a final table pins the whole sequence of forms.
 */
import { describe, expect, it } from "vitest";
import { starred } from "@/lib/authorities/testing";
import { DEFAULT_STYLE, type StyleProfile } from "@/lib/style/style-profile";
import { resolveCitations } from "./resolve-citations";
import type { Block, CiteToken, DocketRefToken, Inline, OrderDoc } from "@/lib/order-doc/types";
import { ONE_ACTION_CAPTION_PARTS } from "@/lib/order-doc/caption-parts";

const t = (text: string): Inline => ({ kind: "text", text });
const c = (
  authorityId: string,
  propositionId?: string,
  signal?: CiteToken["signal"],
  extra: Partial<CiteToken> = {},
): Inline => ({
  kind: "cite",
  token: { authorityId, ...(propositionId ? { propositionId } : {}), ...(signal ? { signal } : {}), ...extra },
});
const d = (
  entries: string[],
  position: DocketRefToken["position"],
  pin?: string,
  signal?: DocketRefToken["signal"],
): Inline => ({
  kind: "docket",
  token: { entries, position, ...(pin ? { pin } : {}), ...(signal ? { signal } : {}) },
});
const fn = (footnoteId: string): Inline => ({ kind: "footnoteRef", footnoteId });
const p = (...content: Inline[]): Block => ({ kind: "paragraph", content, section: "discussion" });

/** S.D. Cal. docket style (seed 002): "Doc. No. 49 at 2", Id. allowed. */
const STYLE: StyleProfile = { ...DEFAULT_STYLE, docketCite: { form: "doc-no", pinSeparator: " at ", useId: true } };

type Row = { label: string; content: Inline[]; expected: string };

/** The body, paragraph by paragraph, in reading order; "[fn]" marks a footnote reference. */
const ROWS: Row[] = [
  {
    label: "a textual mention prints in full and starts no Id. chain",
    content: [t("Defendant moves under "), c("28-usc-1292-b", undefined, undefined, { textual: true }), t(".")],
    expected: "Defendant moves under 28 U.S.C. §\u00a01292(b).",
  },
  {
    label: "first mention: full cite with a page range",
    content: [t("Both courts must agree. "), c("in-re-cement-antitrust", "consent-of-both-courts"), t(".")],
    expected: "Both courts must agree. *In re Cement Antitrust Litig.*, 673 F.2d 1020, 1025-26 (9th Cir. 1982).",
  },
  {
    label: "the same authority next, another page: Id. at",
    content: [
      t("A question is controlling if it could affect the outcome. "),
      c("in-re-cement-antitrust", "controlling"),
      t("."),
    ],
    expected: "A question is controlling if it could affect the outcome. *Id.* at 1026.",
  },
  {
    label: "the same authority and page: bare Id., one period",
    content: [t("All three must be shown. "), c("in-re-cement-antitrust", "three-elements"), t(".")],
    expected: "All three must be shown. *Id.*",
  },
  {
    label: "a new authority: full",
    content: [t("Each requirement must be met. "), c("couch-v-telescope", "all-three-required"), t(".")],
    expected: "Each requirement must be met. *Couch v. Telescope Inc.*, 611 F.3d 629, 633 (9th Cir. 2010).",
  },
  {
    label: "back to an earlier authority: short cite",
    content: [t("The test is practical. "), c("in-re-cement-antitrust", "controlling"), t(".")],
    expected: "The test is practical. *In re Cement Antitrust Litig.*, 673 F.2d at 1026.",
  },
  {
    label: "short cite with an explanatory parenthetical, then a footnote",
    content: [t("The limits bind. "), c("couch-v-telescope", "jurisdictional"), t("."), fn("same")],
    expected:
      "The limits bind. *Couch*, 611 F.3d at 632-33 (noting the statutory restrictions of 28 U.S.C. § 1292(b) are jurisdictional).[fn]",
  },
  {
    label: "after a footnote citing the same authority: Id. at the footnote's page",
    content: [t("So the Court must decline. "), c("couch-v-telescope", "all-three-required"), t(".")],
    expected: "So the Court must decline. *Id.*",
  },
  {
    label: "a new authority with a parenthetical, then a footnote holding a docket reference",
    content: [
      t("No certification, no jurisdiction. "),
      c("in-re-gugliuzza", "no-jurisdiction-without-certification"),
      t("."),
      fn("docket"),
    ],
    expected:
      "No certification, no jurisdiction. *Gugliuzza v. FTC (In re Gugliuzza)*, 852 F.3d 884, 898 (9th Cir. 2017) (noting that the Ninth Circuit lacks jurisdiction over a district court's order pursuant to § 1292 where the district court does not certify its decision for interlocutory review).[fn]",
  },
  {
    label: "the footnote's docket reference broke the chain: short, not Id.",
    content: [
      t("That rule applies here. "),
      c("in-re-gugliuzza", "no-jurisdiction-without-certification", "see"),
      t("."),
    ],
    expected:
      "That rule applies here. *See* *In re Gugliuzza*, 852 F.3d at 898 (noting that the Ninth Circuit lacks jurisdiction over a district court's order pursuant to § 1292 where the district court does not certify its decision for interlocutory review).",
  },
  {
    label: "Westlaw: full cite with docket number, WL, star pin, exact date and a citing parenthetical",
    content: [t("The decision is discretionary. "), c("united-states-v-tenet-healthcare", "sound-discretion"), t(".")],
    expected:
      "The decision is discretionary. *United States v. Tenet Healthcare Corp.*, No. CV04-857 GAF(JTLX), 2004 WL 3030121, at *1 (C.D. Cal. Dec. 27, 2004) (citing *Swint v. Chambers Cnty. Comm'n*, 514 U.S. 35, 47 (1995)).",
  },
  {
    label: "Westlaw: a second unreported case, full, citing a case not yet cited",
    content: [t("The question must be pure. "), c("brizzee-v-fred-meyer", "pure-question-of-law"), t(".")],
    expected:
      "The question must be pure. *Brizzee v. Fred Meyer Stores, Inc.*, No. CV 04-1566-ST, 2008 WL 426510, at *4 (D. Or. Feb. 13, 2008) (citing *Ahrenholz v. Bd. of Trs. of Univ. of Ill.*, 219 F.3d 674, 676-77 (7th Cir. 2000)).",
  },
  {
    label: "Westlaw Id. with a star pin: Id. at *3",
    content: [t("The court's discretion is broad. "), c("brizzee-v-fred-meyer", "unfettered-discretion"), t(".")],
    expected: "The court's discretion is broad. *Id.* at *3.",
  },
  {
    label: "Westlaw short cite; its citing parenthetical goes short too",
    content: [t("Again, discretion. "), c("united-states-v-tenet-healthcare", "sound-discretion"), t(".")],
    expected: "Again, discretion. *Tenet Healthcare*, 2004 WL 3030121, at *1 (citing *Swint*, 514 U.S. at 47).",
  },
  {
    label: "a string cite: both members full",
    content: [
      t("Reconsideration is extraordinary. "),
      c("carroll-v-nakatani", "extraordinary-remedy"),
      t("; "),
      c("mcdowell-v-calderon", "highly-unusual-circumstances"),
      t("."),
    ],
    expected:
      "Reconsideration is extraordinary. *Carroll v. Nakatani*, 342 F.3d 934, 945 (9th Cir. 2003); *McDowell v. Calderon*, 197 F.3d 1253, 1255 (9th Cir. 1999) (en banc) (per curiam).",
  },
  {
    label: "after a string cite, no Id. even for its last member",
    content: [t("It is used sparingly. "), c("mcdowell-v-calderon", "used-sparingly"), t(".")],
    expected: "It is used sparingly. *McDowell*, 197 F.3d at 1255 n.1.",
  },
  {
    label: "a signal opening a sentence is capitalized",
    content: [c("in-re-flor", "first-impression-insufficient", "see"), t(".")],
    expected: "*See* *Flor v. BOT Fin. Corp. (In re Flor)*, 79 F.3d 281, 284 (2d Cir. 1996) (per curiam).",
  },
  {
    label: "a signal inside a sentence stays lower case",
    content: [
      t("Conflicting authority may suffice, as courts have held, "),
      c("klinghoffer-v-achille-lauro", "substantial-ground", "see-also"),
      t("."),
    ],
    expected:
      "Conflicting authority may suffice, as courts have held, *see also* *Klinghoffer v. S.N.C. Achille Lauro Ed Altri-Gestione Motonave Achille Lauro in Amministrazione Straordinaria*, 921 F.2d 21, 25 (2d Cir. 1990).",
  },
  {
    label: '"see, e.g.," opening a sentence, with a citation-omitted parenthetical',
    content: [c("koehler-v-bank-of-bermuda", "basic-tenet", "see-e-g"), t(".")],
    expected: "*See, e.g.*, *Koehler v. Bank of Bermuda Ltd.*, 101 F.3d 863, 865 (2d Cir. 1996) (citation omitted).",
  },
  {
    label: "cf. inside a sentence, short form of an In re name",
    content: [t("The strength of the arguments matters; "), c("in-re-flor", "analyze-strength", "cf"), t(".")],
    expected: "The strength of the arguments matters; *cf.* *In re Flor*, 79 F.3d at 284.",
  },
  {
    label: "a quoting parenthetical prints the quoted case in full on its first appearance",
    content: [
      t("Only exceptional circumstances suffice. "),
      c("coopers-lybrand-v-livesay", "exceptional-circumstances"),
      t("."),
    ],
    expected:
      "Only exceptional circumstances suffice. *Coopers & Lybrand v. Livesay*, 437 U.S. 463, 475 (1978) (quoting *Fisons, Ltd. v. United States*, 458 F.2d 1241, 1248 (7th Cir. 1972)).",
  },
  {
    label:
      "a case first met in a parenthetical is short when cited next; no Id. (the parenthetical is outside the chain)",
    content: [t("The phrase began there. "), c("fisons-v-united-states", "exceptional-circumstances"), t(".")],
    expected: "The phrase began there. *Fisons*, 458 F.2d at 1248.",
  },
  {
    label: "the quoting case again: short, with its parenthetical short",
    content: [t("The policy is firm. "), c("coopers-lybrand-v-livesay", "exceptional-circumstances"), t(".")],
    expected: "The policy is firm. *Coopers & Lybrand*, 437 U.S. at 475 (quoting *Fisons*, 458 F.2d at 1248).",
  },
  {
    label: "subsequent history follows the full cite",
    content: [t("Immunity reaches equitable relief. "), c("moore-v-brewster", "equitable-relief"), t(".")],
    expected:
      "Immunity reaches equitable relief. *Moore v. Brewster*, 96 F.3d 1240, 1243 (9th Cir. 1996), *superseded by statute on other grounds*, Federal Courts Improvement Act of 1996, Pub. L. No. 104-317, § 309(c), 110 Stat. 3853.",
  },
  {
    label: "Id. never repeats the history",
    content: [t("It bars this claim. "), c("moore-v-brewster", "equitable-relief"), t(".")],
    expected: "It bars this claim. *Id.*",
  },
  {
    label: "a parallel cite and its parallel pin in the full cite",
    content: [
      t("Judges acting in their judicial capacity are protected. "),
      c("pulliam-v-allen", "judicial-capacity"),
      t("."),
    ],
    expected:
      "Judges acting in their judicial capacity are protected. *Pulliam v. Allen*, 466 U.S. 522, 541-42, 104 S. Ct. 1970, 1981 (1984).",
  },
  {
    label: "the short cite drops the history",
    content: [t("Moore controls. "), c("moore-v-brewster", "equitable-relief"), t(".")],
    expected: "Moore controls. *Moore*, 96 F.3d at 1243.",
  },
  {
    label: "the short cite carries the parallel pin; Id. to the same pages is bare",
    content: [
      t("Pulliam says so. "),
      c("pulliam-v-allen", "judicial-capacity"),
      t(". It is settled. "),
      c("pulliam-v-allen", "judicial-capacity"),
      t("."),
    ],
    expected: "Pulliam says so. *Pulliam*, 466 U.S. at 541-42, 104 S. Ct. at 1981. It is settled. *Id.*",
  },
  {
    label: "Id. to another page, where no parallel pin is recorded for it: the main pin alone",
    content: [t("The question presented was narrow. "), c("pulliam-v-allen", "question-presented"), t(".")],
    expected: "The question presented was narrow. *Id.* at 527.",
  },
  {
    label: "a rule prints in full",
    content: [t("The motion is timely. "), c("frcp-59-e", "twenty-eight-days"), t(".")],
    expected: "The motion is timely. Fed. R. Civ. P. 59(e).",
  },
  {
    label: "a statute after its first mention: the section alone",
    content: [t("The statute lists the elements. "), c("28-usc-1292-b", "certification-criteria"), t(".")],
    expected: "The statute lists the elements. §\u00a01292(b).",
  },
  {
    label: "another section: full",
    content: [t("Appeals lie from final decisions. "), c("28-usc-1291", "final-decisions"), t(".")],
    expected: "Appeals lie from final decisions. 28 U.S.C. §\u00a01291.",
  },
  {
    label: "Id. capitalized after a sentence, lower case after a comma",
    content: [
      t("All three again. "),
      c("couch-v-telescope", "all-three-required"),
      t(". The rule is strict, "),
      c("couch-v-telescope", "jurisdictional"),
      t(", and it binds."),
    ],
    expected:
      "All three again. *Couch*, 611 F.3d at 633. The rule is strict, *id.* at 632-33 (noting the statutory restrictions of 28 U.S.C. § 1292(b) are jurisdictional), and it binds.",
  },
  {
    label: "docket references: full, then Id. for the same entry, full for another",
    content: [
      t("Plaintiff moves. "),
      d(["49-1"], "sentence", "2-3"),
      t(" He asks for a stay. "),
      d(["49-1"], "sentence", "4"),
      t(" Defendant opposes. "),
      d(["52"], "sentence"),
    ],
    expected: "Plaintiff moves. Doc. No. 49-1 at 2-3. He asks for a stay. *Id.* at 4. Defendant opposes. Doc. No. 52.",
  },
  {
    label: "a case after docket references, then a Westlaw short cite with a signal in a footnote",
    content: [
      t("The question is not one of law. "),
      c("brizzee-v-fred-meyer", "not-application-of-law", "see"),
      t("."),
      fn("westlaw"),
    ],
    expected:
      "The question is not one of law. *See* *Brizzee*, 2008 WL 426510, at *4 (stating that a question of law is not an application of law to a particular set of facts).[fn]",
  },
];

/** Footnote bodies: where their reference stands, they are read. */
const FOOTNOTES: Record<string, { content: Inline[]; expected: string }> = {
  // Cites the authority the body cited just before its reference.
  same: { content: [c("couch-v-telescope", "all-three-required", "see"), t(".")], expected: "*See* *id.* at 633." },
  // A docket reference in a footnote: it breaks the body's Id. chain.
  docket: {
    content: [t("Defendant agrees. "), d(["57"], "sentence", "2")],
    expected: "Defendant agrees. Doc. No. 57 at 2.",
  },
  // Id. to the body's Westlaw cite at the same star page, then a string cite inside the footnote.
  westlaw: {
    content: [
      c("brizzee-v-fred-meyer", "pure-question-of-law", "see"),
      t(". Courts agree. "),
      c("ahrenholz-v-board-of-trustees", "pure-question-of-law", "see"),
      t("; "),
      c("couch-v-telescope", "mere-disagreement"),
      t("."),
    ],
    expected:
      "*See* *id.* (citing *Ahrenholz*, 219 F.3d at 676-77). Courts agree. *See* *Ahrenholz*, 219 F.3d at 676-77; *Couch*, 611 F.3d at 633.",
  },
};

function doc(): OrderDoc {
  return {
    caption: {
      ...ONE_ACTION_CAPTION_PARTS,
      courtLines: ["UNITED STATES DISTRICT COURT"],
      plaintiffs: { names: ["A"], label: "Plaintiff," },
      defendants: { names: ["B"], label: "Defendant." },
      caseNumberLine: "No. 1",
    },
    title: "ORDER",
    body: ROWS.map((row) => p(...row.content)),
    footnotes: Object.fromEntries(Object.entries(FOOTNOTES).map(([id, note]) => [id, [p(...note.content)]])),
    signature: { signerLine: "/s/ Judge", titleLine: "UNITED STATES DISTRICT JUDGE" },
    meta: { shortCaption: "A v. B", caseNumber: "1", courtName: "Court" },
  };
}

/** A resolved paragraph as starred text; "[fn]" for a footnote reference. */
function printed(block: Block | undefined): string {
  if (!block || block.kind === "list") throw new Error("paragraph expected");
  return block.content
    .map((i) =>
      i.kind === "text" ? i.text : i.kind === "cite" || i.kind === "docket" ? starred(i.printed ?? []) : "[fn]",
    )
    .join("");
}

const out = resolveCitations(doc(), STYLE);

describe("a long order: every paragraph prints its citations in the Bluebook form reading order calls for", () => {
  it("has more than 30 paragraphs", () => {
    expect(ROWS.length).toBeGreaterThan(30);
  });

  it.each(ROWS.map((row, index) => [index + 1, row.label, row.expected] as const))(
    "¶ %i: %s",
    (index, _label, expected) => {
      expect(printed(out.body[index - 1])).toBe(expected);
    },
  );

  it.each(Object.entries(FOOTNOTES).map(([id, note]) => [id, note.expected] as const))(
    "footnote %s",
    (id, expected) => {
      expect(printed(out.footnotes[id]?.[0])).toBe(expected);
    },
  );
});

describe("a long order: the sequence of forms", () => {
  /** Every citation and docket reference in reading order (a footnote where its reference stands), as form:authority. */
  function sequence(): string[] {
    const seen: string[] = [];
    const walk = (blocks: readonly Block[]) => {
      for (const block of blocks) {
        if (block.kind === "list") continue;
        for (const inline of block.content) {
          if (inline.kind === "cite") seen.push(`${inline.form}:${inline.token.authorityId}`);
          if (inline.kind === "docket") seen.push(`${inline.form}:doc ${inline.token.entries.join(",")}`);
          if (inline.kind === "footnoteRef") walk(out.footnotes[inline.footnoteId] ?? []);
        }
      }
    };
    walk(out.body);
    return seen;
  }

  it("is full on first mention, short after, Id. only right after the same single authority", () => {
    expect(sequence()).toEqual([
      "full:28-usc-1292-b",
      "full:in-re-cement-antitrust",
      "id:in-re-cement-antitrust",
      "id:in-re-cement-antitrust",
      "full:couch-v-telescope",
      "short:in-re-cement-antitrust",
      "short:couch-v-telescope",
      "id:couch-v-telescope", // footnote "same"
      "id:couch-v-telescope",
      "full:in-re-gugliuzza",
      "full:doc 57", // footnote "docket"
      "short:in-re-gugliuzza",
      "full:united-states-v-tenet-healthcare",
      "full:brizzee-v-fred-meyer",
      "id:brizzee-v-fred-meyer",
      "short:united-states-v-tenet-healthcare",
      "full:carroll-v-nakatani",
      "full:mcdowell-v-calderon",
      "short:mcdowell-v-calderon",
      "full:in-re-flor",
      "full:klinghoffer-v-achille-lauro",
      "full:koehler-v-bank-of-bermuda",
      "short:in-re-flor",
      "full:coopers-lybrand-v-livesay",
      "short:fisons-v-united-states",
      "short:coopers-lybrand-v-livesay",
      "full:moore-v-brewster",
      "id:moore-v-brewster",
      "full:pulliam-v-allen",
      "short:moore-v-brewster",
      "short:pulliam-v-allen",
      "id:pulliam-v-allen",
      "id:pulliam-v-allen",
      "full:frcp-59-e",
      "short:28-usc-1292-b",
      "full:28-usc-1291",
      "short:couch-v-telescope",
      "id:couch-v-telescope",
      "full:doc 49-1",
      "id:doc 49-1",
      "full:doc 52",
      "short:brizzee-v-fred-meyer",
      "id:brizzee-v-fred-meyer", // footnote "westlaw"
      "short:ahrenholz-v-board-of-trustees",
      "short:couch-v-telescope",
    ]);
  });

  it("flags what a reviewer must check, wherever the citation falls", () => {
    const flagged = (authorityId: string) =>
      out.body
        .flatMap((block) => (block.kind === "list" ? [] : block.content))
        .filter((i) => i.kind === "cite" && i.token.authorityId === authorityId)
        .flatMap((i) => (i.kind === "cite" ? (i.flags ?? []).map((f) => f.code) : []));
    expect(new Set(flagged("moore-v-brewster"))).toEqual(new Set(["pin-not-verified", "negative-history", "caution"]));
    expect(flagged("united-states-v-tenet-healthcare")).toContain("as-cited-only");
    expect(flagged("in-re-flor")).toEqual([]);
  });
});
