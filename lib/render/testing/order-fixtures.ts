/**
 * Hand-built OrderDoc fixtures and style profiles for the renderer tests (tests only).
 */
import type { Block, Inline, OrderDoc } from "@/lib/order-doc/types";
import { DEFAULT_STYLE, type StyleProfile } from "@/lib/style/style-profile";
import { ONE_ACTION_CAPTION_PARTS } from "@/lib/order-doc/caption-parts";

/** S.D. Cal. (Anello, J.) style: pleading paper, two-column caption, caps-centered headings, "[Doc. No. 49]". */
export const PLEADING_STYLE: StyleProfile = {
  ...DEFAULT_STYLE,
  paper: "pleading-28",
  captionLayout: "two-column",
  headingStyle: "caps-centered",
  docketCite: { form: "doc-no", pinSeparator: " at ", useId: true },
  titleDocketRef: "bracket-line",
  boldDispositionVerbs: true,
  signature: { form: "hon", titleCase: "title", dateLine: true },
};

/** D.N.M. style: plain paper, stacked caption, roman-letter headings. */
export const PLAIN_STYLE: StyleProfile = {
  ...DEFAULT_STYLE,
  docketCite: { form: "docket-no-bracket", pinSeparator: ", ", useId: false },
  titleDocketRef: "parenthetical",
  signature: { form: "caps-name", titleCase: "upper", dateLine: false },
};

const t = (text: string, ...marks: ("italic" | "bold" | "underline")[]): Inline =>
  marks.length > 0 ? { kind: "text", text, marks } : { kind: "text", text };

const para = (content: Inline[], section: Block["section"] = "discussion"): Block => ({
  kind: "paragraph",
  content,
  section,
  indent: true,
});

/** A small complete order: caption, headings of three levels, italic runs, a cite with printed runs, an unresolved cite, a block quote, a list and two footnotes. */
export function sampleOrder(overrides: Partial<OrderDoc> = {}): OrderDoc {
  return {
    caption: {
      ...ONE_ACTION_CAPTION_PARTS,
      courtLines: ["UNITED STATES DISTRICT COURT", "SOUTHERN DISTRICT OF CALIFORNIA"],
      plaintiffs: { names: ["JAMES LINLOR"], label: "Plaintiff" },
      defendants: { names: ["FUTERO, INC.; and DOES 1-9"], label: "Defendants" },
      caseNumberLine: "Case No.: 17cv218-MMA (BLM)",
    },
    title: "Order Denying Plaintiff's Ex Parte Motion for Modification to Order to Permit Interlocutory Appeal",
    titleDocketRef: [
      t("["),
      { kind: "docket", token: { entries: ["49"], position: "clause" }, printed: [t("Doc. No. 49")] },
      t("]"),
    ],
    body: [
      para(
        [
          t("Presently before the Court is "),
          t("pro se", "italic"),
          t(" Plaintiff's "),
          t("ex parte", "italic"),
          t(" motion to certify the Court's order for interlocutory appeal."),
          { kind: "footnoteRef", footnoteId: "stay" },
          t(" The Court "),
          t("DENIES", "bold"),
          t(" the motion."),
        ],
        "introduction",
      ),
      { kind: "heading", level: 1, content: [t("Background")], section: "background" },
      para(
        [
          t("On March 22, 2018, the Court denied leave to amend. "),
          { kind: "docket", token: { entries: ["47"], position: "sentence" }, printed: [t("Doc. No. 47.")] },
        ],
        "background",
      ),
      { kind: "heading", level: 1, content: [t("Discussion")], section: "discussion" },
      { kind: "heading", level: 2, content: [t("Legal Standard")], section: "discussion" },
      para([
        t("Certification is an exception to the final judgment rule. "),
        {
          kind: "cite",
          token: { authorityId: "coopers-lybrand", propositionId: "exceptional" },
          printed: [t("Coopers & Lybrand v. Livesay", "italic"), t(", 437 U.S. 463, 475 (1978)")],
          form: "full",
        },
        t("."),
        { kind: "footnoteRef", footnoteId: "history" },
      ]),
      {
        kind: "blockQuote",
        content: [
          t(
            "[S]uch order involves a controlling question of law as to which there is substantial ground for difference of opinion and . . . an immediate appeal from the order may materially advance the ultimate termination of the litigation.",
          ),
        ],
        section: "legal-standard",
      },
      { kind: "heading", level: 3, content: [t("Elements")], section: "discussion" },
      {
        kind: "list",
        ordered: true,
        items: [
          [t("a controlling question of law;")],
          [t("substantial ground for difference of opinion; and")],
          [t("material advancement of the litigation.")],
        ],
        section: "discussion",
      },
      { kind: "heading", level: 2, content: [t("Analysis")], section: "discussion" },
      para([
        t("No controlling question is presented. "),
        { kind: "cite", token: { authorityId: "unresolved-case" } },
        t("."),
      ]),
      { kind: "heading", level: 1, content: [t("Conclusion")], section: "conclusion" },
      para([t("For the foregoing reasons, the Court "), t("DENIES", "bold"), t(" the motion.")], "conclusion"),
      {
        kind: "paragraph",
        content: [t("IT IS SO ORDERED.", "bold")],
        section: "conclusion",
        indent: true,
        keepWithNext: true,
      },
    ],
    footnotes: {
      history: [
        {
          kind: "paragraph",
          content: [t("The Ninth Circuit follows "), t("Coopers", "italic"), t(".")],
          section: "discussion",
        },
      ],
      stay: [
        {
          kind: "paragraph",
          content: [t("As such, the Court also "), t("DENIES AS MOOT", "bold"), t(" the request to stay.")],
          section: "stay",
        },
      ],
    },
    signature: {
      dateLine: "Dated: April 5, 2018",
      signerLine: "Hon. Michael M. Anello",
      titleLine: "United States District Judge",
    },
    meta: {
      shortCaption: "Linlor v. Futero, Inc.",
      caseNumber: "17cv218-MMA (BLM)",
      orderDate: "2018-04-05",
      courtName: "S.D. Cal.",
    },
    ...overrides,
  };
}

/** An order long enough to run to `pages` pages or more: numbered filler paragraphs after the sample body. */
export function longOrder(paragraphs: number): OrderDoc {
  const base = sampleOrder();
  const filler: Block[] = Array.from({ length: paragraphs }, (_, i) =>
    para([
      t(
        `Filler paragraph ${i + 1}. The Court has considered the arguments and authorities propounded by the parties and concludes that the application is not well taken.`,
      ),
    ]),
  );
  const closing = base.body.slice(-2);
  return { ...base, body: [...base.body.slice(0, -2), ...filler, ...closing] };
}
