import type { ReactNode } from "react";
import type { OrderDoc } from "@/lib/order-doc/types";
import { captionPartyLines, type CaptionPartyLine } from "../caption-party-lines";
import type { StyleProfile } from "@/lib/style/style-profile";
import { titleLayout } from "../title-layout";
import { InlineContent, type InlineContext } from "./html-inlines";
import type { HtmlStyles } from "./html-styles";

const ROLE_INDENT: Record<CaptionPartyLine["role"], string> = { name: "0", versus: "0.5in", label: "1.5in" };

type CaptionProps = { doc: OrderDoc; style: StyleProfile; styles: HtmlStyles; ctx: InlineContext };

/** The title as an <h1> in capitals, with its docket reference after it or on a line of its own. */
function Title({ doc, style, styles, ctx, align }: CaptionProps & { align: "left" | "center" }): ReactNode {
  const layout = titleLayout(doc, style);
  const ref = layout.docketRef ? <InlineContent content={layout.docketRef} ctx={ctx} /> : null;
  const ownLine = ref !== null && layout.docketRefPlacement === "own-line";
  return (
    <>
      <h1 className="order-title" style={{ ...styles.title, textAlign: align, marginTop: "1lh" }}>
        {layout.lines.map((line, i) => (
          <span key={i}>
            {i > 0 ? <br /> : null}
            {line}
          </span>
        ))}
        {ref && !ownLine ? <span style={{ fontWeight: "normal" }}> {ref}</span> : null}
      </h1>
      {ownLine ? (
        <p className="order-title-docket-ref" style={{ ...styles.line, textAlign: align }}>
          {ref}
        </p>
      ) : null}
    </>
  );
}

/**
 * The caption: the court's name lines, then the parties (left) against the case number
 * (right); the title sits in the right column under a two-column caption and centered below
 * a stacked one. Same words, same order as the DOCX.
 */
export function HtmlCaption(props: CaptionProps): ReactNode {
  const { doc, style, styles } = props;
  const twoColumn = style.captionLayout === "two-column";
  return (
    <header className={`order-caption order-caption-${style.captionLayout}`}>
      {doc.caption.courtLines.map((line, i) => (
        <p key={i} className="order-court-line" style={styles.courtLine}>
          {line.toUpperCase()}
        </p>
      ))}
      <div className="order-caption-grid" style={styles.captionGrid}>
        <div className="order-caption-parties" style={styles.captionLeft}>
          {captionPartyLines(doc.caption).map((line, i) => (
            <p
              key={i}
              className={`order-caption-${line.role}`}
              style={{ ...styles.line, paddingLeft: ROLE_INDENT[line.role] }}
            >
              {line.text}
            </p>
          ))}
        </div>
        <div
          className="order-caption-case"
          style={{
            ...styles.captionRight,
            ...(twoColumn ? {} : { display: "flex", flexDirection: "column", justifyContent: "center" }),
          }}
        >
          <p className="order-case-number" style={styles.line}>
            {doc.caption.caseNumberLine}
          </p>
          {twoColumn ? <Title {...props} align="left" /> : null}
        </div>
      </div>
      {twoColumn ? null : <Title {...props} align="center" />}
    </header>
  );
}
