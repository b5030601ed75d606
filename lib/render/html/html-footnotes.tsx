import type { ReactNode } from "react";
import type { OrderDoc } from "@/lib/order-doc/types";
import type { StyleProfile } from "@/lib/style/style-profile";
import { HtmlBlock } from "./html-block";
import type { InlineContext } from "./html-inlines";
import type { HtmlStyles } from "./html-styles";

/**
 * The footnotes at the end of the preview, as an ordered list numbered like the DOCX (order
 * of first reference), each with an id the reference links to and a link back.
 */
export function HtmlFootnotes({
  doc,
  style,
  styles,
  ctx,
}: {
  doc: OrderDoc;
  style: StyleProfile;
  styles: HtmlStyles;
  ctx: InlineContext;
}): ReactNode {
  if (ctx.footnotes.order.length === 0) return null;
  const footnoteStyles: HtmlStyles = {
    ...styles,
    paragraph: styles.footnote,
    blockQuote: { ...styles.blockQuote, lineHeight: "inherit" },
  };
  return (
    <section className="order-footnotes" aria-label="Footnotes" style={styles.footnotes}>
      <hr style={{ width: "2in", marginLeft: 0, border: 0, borderTop: "1px solid #000" }} />
      <ol style={{ margin: 0, paddingLeft: "1.5em" }}>
        {ctx.footnotes.order.map((id) => {
          const n = ctx.footnotes.numberOf(id);
          return (
            <li key={id} id={`${ctx.idPrefix}fn-${n}`} value={n}>
              {(doc.footnotes[id] ?? []).map((block, i) => (
                <HtmlBlock key={i} block={block} style={style} styles={footnoteStyles} ctx={ctx} />
              ))}
              <a
                href={`#${ctx.idPrefix}fnref-${n}`}
                className="order-footnote-back"
                aria-label={`Back to reference ${n}`}
              >
                {"↩"}
              </a>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
