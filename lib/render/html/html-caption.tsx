import { Fragment, type CSSProperties, type ReactNode } from "react";
import type { OrderDoc } from "@/lib/order-doc/types";
import { captionGrid, type CaptionGridCell, type CaptionGridLine } from "../caption-grid";
import type { StyleProfile } from "@/lib/style/style-profile";
import { titleLayout } from "../title-layout";
import { InlineContent, type InlineContext } from "./html-inlines";
import type { HtmlStyles } from "./html-styles";

type CaptionProps = { doc: OrderDoc; style: StyleProfile; styles: HtmlStyles; ctx: InlineContext };

const JUSTIFY = { top: "flex-start", center: "center", bottom: "flex-end" } as const;

/** The title as an <h1> in capitals, its docket reference after it or on a line of its own, then the judge's line (S.D.N.Y.). */
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
      {doc.caption.judgeUnderTitle !== undefined ? (
        <p className="order-title-judge" style={{ ...styles.line, textAlign: align }}>
          {doc.caption.judgeUnderTitle}
        </p>
      ) : null}
    </>
  );
}

function Line({ line, styles }: { line: CaptionGridLine; styles: HtmlStyles }): ReactNode {
  return (
    <p
      className="order-caption-line"
      style={{
        ...styles.line,
        paddingLeft: `${line.indent * 0.5}in`,
        ...(line.alignRight ? { textAlign: "right" } : {}),
      }}
    >
      {/* A blank line keeps its height, as Word's empty paragraph does. */}
      {line.text === "" ? "\u00a0" : line.text}
    </p>
  );
}

const cellStyle = (cell: CaptionGridCell, base: CSSProperties): CSSProperties => ({
  ...base,
  display: "flex",
  flexDirection: "column",
  justifyContent: JUSTIFY[cell.align],
});

/**
 * The caption: the court's name lines, then the caption grid row by row (the parties' column,
 * the divider when the form has one, the numbers' column); the title sits in the first row's
 * numbers cell under a two-column caption and centered below a stacked one. Same words, same
 * order as the DOCX.
 */
export function HtmlCaption(props: CaptionProps): ReactNode {
  const { doc, style, styles } = props;
  const twoColumn = style.captionLayout === "two-column";
  const grid = captionGrid(doc.caption, style.captionLayout);
  const last = grid.rows.length - 1;
  const rule = "1px solid #000";
  return (
    <header className={`order-caption order-caption-${style.captionLayout}`}>
      {doc.caption.courtLines.map((line, i) => (
        <p key={i} className="order-court-line" style={styles.courtLine}>
          {line.toUpperCase()}
        </p>
      ))}
      <div
        className="order-caption-grid"
        style={{
          ...styles.captionGrid,
          ...(grid.divider !== undefined ? { gridTemplateColumns: "1fr 0.25in 1fr" } : {}),
        }}
      >
        {grid.rows.map((row, r) => (
          <Fragment key={r}>
            <div
              className="order-caption-parties"
              style={cellStyle(row.left, {
                ...styles.captionLeft,
                ...(twoColumn && r !== last ? { borderBottom: "none" } : {}),
                ...(grid.boxed && r === 0 ? { borderTop: rule } : {}),
                ...(grid.boxed && r === last ? { borderBottom: rule } : {}),
              })}
            >
              {row.left.lines.map((line, i) => (
                <Line key={i} line={line} styles={styles} />
              ))}
            </div>
            {grid.divider !== undefined ? (
              <div
                className="order-caption-divider"
                style={{ ...(grid.boxed && r === last ? { borderBottom: rule } : {}) }}
              >
                <p style={styles.line}>{grid.divider}</p>
              </div>
            ) : null}
            <div className="order-caption-case" style={cellStyle(row.right, styles.captionRight)}>
              {row.right.lines.map((line, i) => (
                <Line key={i} line={line} styles={styles} />
              ))}
              {twoColumn && r === 0 ? <Title {...props} align="left" /> : null}
            </div>
          </Fragment>
        ))}
      </div>
      {twoColumn ? null : <Title {...props} align="center" />}
    </header>
  );
}
