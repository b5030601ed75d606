import type { Block, OrderDoc } from "@/lib/order-doc/types";
import { renderDocxWithComments, type ReviewComment } from "@/lib/review";
import { DEFAULT_STYLE } from "@/lib/style/style-profile";
import { FINDING_LABELS } from "@/lib/cite-check/finding-words";
import type { Finding } from "@/lib/cite-check/findings";
import { fixText } from "@/lib/cite-check/format-finding";
import { ONE_ACTION_CAPTION_PARTS } from "@/lib/order-doc/caption-parts";

import { CITATION_CHECK_AUTHOR } from "@/lib/cite-check/comment-author";

export { CITATION_CHECK_AUTHOR };

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

type Paragraph = { start: number; end: number; text: string };

/** The text's paragraphs (blank-line separated), each on one line, with where each sits in the text. */
function paragraphsOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const separator = /\n[ \t]*\n\s*/g;
  let start = 0;
  for (const match of [...text.matchAll(separator), { index: text.length, 0: "" }]) {
    const end = match.index ?? text.length;
    const body = oneLine(text.slice(start, end));
    if (body !== "") paragraphs.push({ start, end, text: body });
    start = end + match[0].length;
  }
  return paragraphs;
}

/** A finding as a Word comment's text: what it is, why, and the fix. */
export function commentBody(finding: Finding): string {
  const severity = finding.severity === "error" ? "Error" : "Note";
  const fix = finding.fix ? `\nFix: ${fixText(finding.fix)}` : "";
  return `${severity}: ${FINDING_LABELS[finding.kind]}. ${finding.message}${fix}`;
}

/**
 * The checked text as a Word file with each finding as a Word comment on its citation (lib/review's
 * comment renderer, the one the order's review uses): one paragraph per paragraph of the text.
 * `date` is the comments' date (lib keeps no clock).
 */
export async function commentedDocx(text: string, findings: readonly Finding[], date: Date): Promise<Uint8Array> {
  const paragraphs = paragraphsOf(text);
  const body: Block[] = paragraphs.map((p) => ({
    kind: "paragraph",
    content: [{ kind: "text", text: p.text }],
    section: "discussion",
  }));
  const comments: ReviewComment[] = findings.map((finding, i) => {
    const blockIndex = Math.max(
      0,
      paragraphs.findIndex((p) => finding.start >= p.start && finding.start < p.end),
    );
    return {
      id: `finding-${i}`,
      anchor: { section: "discussion", blockIndex, quote: oneLine(finding.citation).slice(0, 1000) },
      body: commentBody(finding).slice(0, 5000),
      author: CITATION_CHECK_AUTHOR,
      initials: "CC",
      date,
    };
  });
  const doc: OrderDoc = {
    caption: {
      ...ONE_ACTION_CAPTION_PARTS,
      courtLines: [],
      plaintiffs: { names: [], label: "" },
      defendants: { names: [], label: "" },
      caseNumberLine: "",
    },
    title: "Cite-check",
    body:
      body.length > 0 ? body : [{ kind: "paragraph", content: [{ kind: "text", text: "" }], section: "discussion" }],
    footnotes: {},
    signature: { signerLine: "", titleLine: "" },
    meta: { shortCaption: "Cite-check", caseNumber: "", courtName: "" },
  };
  return renderDocxWithComments(doc, { ...DEFAULT_STYLE, paper: "plain" }, comments, { bodyOnly: true });
}
