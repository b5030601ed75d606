import type { ReactNode } from "react";
import type { OrderDoc } from "@/lib/order-doc/types";
import { footnoteNumbers } from "../footnote-numbers";
import { headingLabels } from "../heading-labels";
import type { StyleProfile } from "@/lib/style/style-profile";
import { HtmlBlock } from "./html-block";
import { HtmlCaption } from "./html-caption";
import { HtmlFootnotes } from "./html-footnotes";
import type { InlineContext } from "./html-inlines";
import { HtmlSignature } from "./html-signature";
import { htmlStyles } from "./html-styles";

/** Props of `OrderHtml`. */
export type OrderHtmlProps = {
  doc: OrderDoc;
  style: StyleProfile;
  /** Prefix of the footnote anchor ids, when several orders share a page. */
  idPrefix?: string;
  className?: string;
  /** Give each body block the id `${idPrefix}block-${index}` (comment anchors on the review page). */
  blockIds?: boolean;
};

/**
 * The order as a page-like HTML preview: the same words in the same order as the DOCX
 * (caption, title, body, signature, then the footnotes, numbered alike). Pure and hook-free,
 * so it renders on the server, in a client preview pane and in tests; styling is inline
 * style objects plus `order-*` class names the app may target.
 */
export function OrderHtml({ doc, style, idPrefix = "", className, blockIds = false }: OrderHtmlProps): ReactNode {
  const styles = htmlStyles(style);
  const ctx: InlineContext = { footnotes: footnoteNumbers(doc), idPrefix };
  const labels = headingLabels(doc.body, style.headingStyle);
  return (
    <article
      className={["order-doc", `order-paper-${style.paper}`, className].filter(Boolean).join(" ")}
      style={styles.page}
    >
      <div className="order-sheet" style={styles.sheet}>
        <HtmlCaption doc={doc} style={style} styles={styles} ctx={ctx} />
        <div className="order-body" style={{ marginTop: "1lh" }}>
          {doc.body.map((block, i) => (
            <HtmlBlock
              key={i}
              block={block}
              label={labels[i]}
              style={style}
              styles={styles}
              ctx={ctx}
              id={blockIds ? `${idPrefix}block-${i}` : undefined}
            />
          ))}
        </div>
        <HtmlSignature signature={doc.signature} style={style} styles={styles} />
        <HtmlFootnotes doc={doc} style={style} styles={styles} ctx={ctx} />
      </div>
    </article>
  );
}
