import type { CSSProperties, ReactNode } from "react";
import type { Block } from "@/lib/order-doc/types";
import { capsInlines } from "../caps-inlines";
import { headingFormat } from "../heading-format";
import { listItemLabel } from "../list-item-label";
import type { StyleProfile } from "@/lib/style/style-profile";
import { InlineContent, type InlineContext } from "./html-inlines";
import type { HtmlStyles } from "./html-styles";

/** Props of `HtmlBlock`. */
export type HtmlBlockProps = {
  block: Block;
  /** The heading's number ("I.", "A."), from `headingLabels`. */
  label?: string | undefined;
  style: StyleProfile;
  styles: HtmlStyles;
  ctx: InlineContext;
  /** An anchor id for the block (the review page links comments to it). */
  id?: string | undefined;
};

const HEADING_TAG = { 1: "h2", 2: "h3", 3: "h4" } as const;

/**
 * One block of the order as semantic HTML: headings h2-h4 (level 1-3) with their number,
 * <p> with a 0.5in first-line indent when indented, <blockquote>, and <ol>/<ul> whose labels
 * are printed as text (as in the DOCX) rather than by the browser.
 */
export function HtmlBlock({ block, label, style, styles, ctx, id }: HtmlBlockProps): ReactNode {
  switch (block.kind) {
    case "heading": {
      const format = headingFormat(block.level, style.headingStyle);
      const Tag = HEADING_TAG[block.level];
      const css: CSSProperties = {
        margin: 0,
        fontSize: "inherit",
        fontWeight: "bold",
        textAlign: format.align,
        paddingLeft: `${format.indentSteps * 0.5}in`,
      };
      return (
        <Tag id={id} className={`order-heading order-heading-${block.level}`} style={css}>
          {label ? (
            <span className="order-heading-label" style={{ display: "inline-block", minWidth: "0.5in" }}>
              {label}
            </span>
          ) : null}
          {label ? " " : null}
          <InlineContent content={format.caps ? capsInlines(block.content) : block.content} ctx={ctx} />
        </Tag>
      );
    }
    case "paragraph":
      return (
        <p
          id={id}
          className="order-paragraph"
          style={{
            ...styles.paragraph,
            ...(block.indent ? { textIndent: "0.5in" } : {}),
            ...(block.align ? { textAlign: block.align } : {}),
          }}
        >
          <InlineContent content={block.content} ctx={ctx} />
        </p>
      );
    case "blockQuote":
      return (
        <blockquote id={id} className="order-block-quote" style={styles.blockQuote}>
          <p style={{ margin: 0 }}>
            <InlineContent content={block.content} ctx={ctx} />
          </p>
        </blockquote>
      );
    case "list": {
      const List = block.ordered ? "ol" : "ul";
      return (
        <List id={id} className="order-list" style={styles.list}>
          {block.items.map((item, i) => (
            <li key={i} style={{ paddingLeft: "1in", textIndent: "-0.5in" }}>
              <span className="order-list-label" style={{ display: "inline-block", minWidth: "0.5in", textIndent: 0 }}>
                {listItemLabel(block.ordered, i)}
              </span>{" "}
              <InlineContent content={item} ctx={ctx} />
            </li>
          ))}
        </List>
      );
    }
  }
}
