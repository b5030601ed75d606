import type { Caption } from "@/lib/order-doc/types";
import { captionExtraLines, type CaptionExtraLine } from "./caption-extra-lines";
import { captionPartyLines, type CaptionPartyLine } from "./caption-party-lines";

/** Where a caption line comes from: its part and its place in that part (the review's redline keys lines by both). */
export type CaptionLineSource = { part: "party" | "case-number" | "caption"; index: number };

export type CaptionGridLine = {
  text: string;
  /** Indent in half inches: role labels 3, "v." 1 (labels-below), everything else 0. */
  indent: 0 | 1 | 3;
  /** Right-aligned in its cell: a role label at the right of the names (labels-right). */
  alignRight: boolean;
  /** Absent for a blank line. */
  source?: CaptionLineSource;
};

export type CaptionGridCell = { lines: CaptionGridLine[]; align: "top" | "center" | "bottom" };

/** One row of the caption: the parties' column, then the numbers' column (the divider, if any, prints between them). */
export type CaptionGridRow = { left: CaptionGridCell; right: CaptionGridCell };

/**
 * The caption laid out as rows of two columns (and a divider column between them when the form
 * has one): the one arrangement the DOCX, the HTML preview and the plain text all print, cell by
 * cell in reading order, so they show the same caption.
 */
export type CaptionGrid = {
  rows: CaptionGridRow[];
  /** Printed between the columns on every row ("§", ")"). */
  divider?: string;
  /** Rules above the first row and below the last one, over the parties' column. */
  boxed: boolean;
};

type Group = { left: CaptionGridLine[]; right: CaptionGridLine[]; rightAlign: CaptionGridCell["align"] };

const BLANK: CaptionGridLine = { text: "", indent: 0, alignRight: false };
const cell = (lines: CaptionGridLine[], align: CaptionGridCell["align"] = "top"): CaptionGridCell => ({ lines, align });

function partyLine(line: CaptionPartyLine, index: number, labelsBelow: boolean): CaptionGridLine {
  const indent = !labelsBelow || line.role === "name" ? 0 : line.role === "label" ? 3 : 1;
  return {
    text: line.text,
    indent,
    alignRight: !labelsBelow && line.role === "label",
    source: { part: "party", index },
  };
}

const extraLine = (line: CaptionExtraLine & { index: number }): CaptionGridLine => ({
  text: line.text,
  indent: 0,
  alignRight: false,
  source: { part: "caption", index: line.index },
});

/** The parties' block as groups: the plaintiffs, the word between the sides with the numbers, the defendants. */
function partyGroups(caption: Caption, numbers: CaptionGridLine[], kind: CaptionGridLine[]): Group[] {
  const form = caption.form.parties;
  const labelsBelow = form === "labels-below";
  const lines = captionPartyLines(caption).map((line, index) => ({ line, grid: partyLine(line, index, labelsBelow) }));
  const versusAt = lines.findIndex(({ line }) => line.role === "versus");
  const side = (from: number, to: number) => lines.slice(from, to);
  const group = (members: typeof lines, right: CaptionGridLine[], rightAlign: Group["rightAlign"]): Group => {
    const onRight = labelsBelow ? [] : members.filter(({ line }) => line.role === "label").map(({ grid }) => grid);
    const onLeft = members.filter(({ line }) => labelsBelow || line.role !== "label").map(({ grid }) => grid);
    return { left: onLeft, right: [...right, ...onRight], rightAlign };
  };
  return [
    group(side(0, versusAt), form === "versus-rows" ? kind : [], "bottom"),
    group(side(versusAt, versusAt + 1), form === "versus-rows" ? numbers : [...kind, ...numbers], "center"),
    group(side(versusAt + 1, lines.length), [], "bottom"),
  ];
}

/** Rows of one group: one row, or (with a divider) one row per line with the group's right lines on its last row. */
function groupRows(group: Group, perLine: boolean): CaptionGridRow[] {
  if (!perLine || group.left.length <= 1)
    return [{ left: cell(group.left), right: cell(group.right, group.rightAlign) }];
  return group.left.map((line, i) => ({
    left: cell([line]),
    right: cell(i === group.left.length - 1 ? group.right : [], group.rightAlign),
  }));
}

/**
 * Lays a caption out as rows. The generic form is one row (the parties left, the numbers right,
 * centered beside them, or at the top under a two-column caption); labels at the right and
 * "VERSUS" rows take a row per side; a divider form ("§", ")") takes a row per line, each with its
 * divider, and blank divider rows between the sides. The cases of a consolidated or multidistrict
 * caption follow, a row each, name left and number right.
 */
export function captionGrid(caption: Caption, layout: "two-column" | "stacked"): CaptionGrid {
  const extras = captionExtraLines(caption).map((line, index) => ({ ...line, index }));
  const of = (role: CaptionExtraLine["role"]) => extras.filter((line) => line.role === role).map(extraLine);
  const caseNumber: CaptionGridLine = {
    text: caption.caseNumberLine,
    indent: 0,
    alignRight: false,
    source: { part: "case-number", index: 0 },
  };
  const numbers = [caseNumber, ...of("number"), ...of("judge")];
  const perLine = caption.form.divider !== undefined;
  const spacer: CaptionGridRow = { left: cell([BLANK]), right: cell([]) };
  const numbersAlign = layout === "two-column" ? "top" : "center";

  let rows: CaptionGridRow[];
  if (caption.inRe !== undefined) {
    rows = [{ left: cell(of("in-re")), right: cell(numbers, numbersAlign) }];
  } else {
    const groups = partyGroups(caption, numbers, of("kind"));
    if (!perLine && caption.form.parties === "labels-below") {
      rows = [{ left: cell(groups.flatMap((g) => g.left)), right: cell(numbers, numbersAlign) }];
    } else {
      rows = groups.flatMap((group, i) => [...(i > 0 && perLine ? [spacer] : []), ...groupRows(group, perLine)]);
    }
  }
  if (caption.form.boxed) rows = [spacer, ...rows, spacer];

  const intro = of("intro");
  const names = of("case-name");
  const caseNumbers = of("case-number");
  if (intro.length > 0 || names.length > 0) {
    rows.push(spacer);
    if (intro.length > 0) rows.push({ left: cell(intro), right: cell([]) });
    names.forEach((name, i) => rows.push({ left: cell([name]), right: cell(caseNumbers[i] ? [caseNumbers[i]] : []) }));
  }
  return {
    rows,
    ...(caption.form.divider !== undefined ? { divider: caption.form.divider } : {}),
    boxed: caption.form.boxed,
  };
}
