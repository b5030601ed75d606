import { Fragment, type ReactNode } from "react";
import type { Inline, Mark } from "@/lib/order-doc/types";
import type { FootnoteNumbers } from "../footnote-numbers";
import { printedContent } from "../printed-content";

/** What inline rendering needs: footnote numbers and the id prefix of footnote anchors. */
export type InlineContext = { footnotes: FootnoteNumbers; idPrefix: string };

function marked(text: string, marks: readonly Mark[] | undefined, key: number): ReactNode {
  let node: ReactNode = text;
  if (marks?.includes("underline")) node = <u>{node}</u>;
  if (marks?.includes("bold")) node = <strong>{node}</strong>;
  if (marks?.includes("italic")) node = <em>{node}</em>;
  return <Fragment key={key}>{node}</Fragment>;
}

/**
 * Inline content as React nodes: text with <em>/<strong>/<u> marks, <br/>, footnote
 * references as superscript links to the footnote, and cite/docket tokens as their printed
 * runs in a <span class="order-cite"> (flags in data attributes) or a <mark> placeholder.
 * Every string is a React text child, so React escapes it.
 */
export function InlineContent({ content, ctx }: { content: readonly Inline[]; ctx: InlineContext }): ReactNode {
  return content.map((inline, i) => {
    switch (inline.kind) {
      case "text":
        // A citation the clerk typed, flagged as unverified: marked as a flagged citation is, its note on pointing.
        if (inline.flagNotes?.length)
          return (
            <span key={i} className="order-cite" data-flags="typed-citation" title={inline.flagNotes.join("\n")}>
              {marked(inline.text, inline.marks, i)}
            </span>
          );
        return inline.marks && inline.marks.length > 0 ? marked(inline.text, inline.marks, i) : inline.text;
      case "lineBreak":
        return <br key={i} />;
      case "footnoteRef": {
        const n = ctx.footnotes.numberOf(inline.footnoteId);
        return (
          <sup key={i} className="order-footnote-ref">
            <a href={`#${ctx.idPrefix}fn-${n}`} id={`${ctx.idPrefix}fnref-${n}`} aria-label={`Footnote ${n}`}>
              {n}
            </a>
          </sup>
        );
      }
      case "cite":
      case "docket": {
        const printed = printedContent(inline);
        if (printed.placeholder) {
          return (
            <mark key={i} className={`order-placeholder order-${inline.kind}`}>
              <InlineContent content={printed.content} ctx={ctx} />
            </mark>
          );
        }
        const flags = inline.kind === "cite" ? inline.flags?.map((flag) => flag.code).join(" ") : undefined;
        // The flags in words, for the reader who points at a flagged citation (the Word file carries them as comments).
        const notes = inline.kind === "cite" ? inline.flagNotes?.join("\n") : undefined;
        return (
          <span
            key={i}
            className={`order-${inline.kind}`}
            data-form={inline.form}
            data-flags={flags || undefined}
            title={notes || undefined}
          >
            <InlineContent content={printed.content} ctx={ctx} />
          </span>
        );
      }
    }
  });
}
