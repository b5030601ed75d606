import { parseAttachments } from "./parse-attachments";
import type { ParsedDocketEntry, ParsedDocketReport, SkippedLine } from "./schema";

const US_DATE = String.raw`(\d{1,2})/(\d{1,2})/(\d{4})`;
/** A row starts with the "Date Filed" column. */
const ROW_START = new RegExp(String.raw`^${US_DATE}(?=\s|$)`);
/** CM/ECF closes every entry's text with its entry stamp. */
const ENTERED_STAMP = new RegExp(String.raw`\(\s*Entered\s*:\s*${US_DATE}\s*\)`, "gi");
/** An entry whose last line ends with the stamp is complete: the next undated line is not its text. */
const ENTERED_STAMP_AT_END = new RegExp(String.raw`\(\s*Entered\s*:\s*${US_DATE}\s*\)\s*$`, "i");
/** The "#" column, with the page count some courts print under the number: "49 (12 pgs; 3 docs)". */
const NUMBER_CELL = /^(\d{1,5})(?:\s*\(\d+\s*pgs?(?:\s*;\s*\d+\s*docs?)?\))?$/i;
const PAGE_COUNT = /^\(\d+\s*pgs?(?:\s*;\s*\d+\s*docs?)?\)$/i;
/** The table's header row, with or without the document-selection column. */
const HEADER = /^date\s*filed\s*(?:date\s*entered\s*)?#?\s*(?:select\s+all\s*\/?\s*clear\s*)?docket\s*text$/i;
const SELECT_ALL = /^(?:select\s+all\s*\/?\s*clear|select\s+all|clear)$/i;
/** The PACER receipt printed under the report: nothing after it continues an entry. */
const PACER_RECEIPT = /^(?:PACER Service Center|Transaction Receipt)\b/i;

type OpenRow = {
  line: number;
  number: string;
  date: string;
  enteredColumn?: string | undefined;
  parts: string[];
};

/**
 * Reads the rows of a CM/ECF "Docket Report" as a clerk copies it from the browser: "Date Filed",
 * "#" and "Docket Text" separated by tabs or runs of spaces, the text wrapping onto lines without
 * a date, the number missing on unnumbered rows, or the date and number alone on one line with
 * the text below. Never throws: every line it cannot place goes to `skipped`.
 */
export function parseDocketReport(text: string): ParsedDocketReport {
  const entries: ParsedDocketEntry[] = [];
  const skipped: SkippedLine[] = [];
  let open: OpenRow | undefined;
  let isAfterReceipt = false;

  const close = () => {
    if (open) entries.push(finish(open));
    open = undefined;
  };
  // The stamp itself can wrap ("(Entered:" / "09/15/2014)"), so look at the last two lines.
  const isOpen = () => open !== undefined && !ENTERED_STAMP_AT_END.test(open.parts.slice(-2).join(" "));

  const lines = (typeof text === "string" ? text : "").replace(/\r\n?/g, "\n").split("\n");
  lines.forEach((raw, index) => {
    const lineNumber = index + 1;
    const line = raw.replace(/[\u00a0\u2007\u202f]/g, " ");
    const trimmed = line.trim();
    if (trimmed === "") return;
    if (HEADER.test(trimmed) || SELECT_ALL.test(trimmed)) {
      close(); // a second page's header: the row before it is over
      isAfterReceipt = false;
      return;
    }
    if (PACER_RECEIPT.test(trimmed)) {
      close();
      isAfterReceipt = true;
    }

    const row = isAfterReceipt ? undefined : readRowStart(line, isOpen());
    if (row) {
      close();
      open = { ...row, line: lineNumber };
      return;
    }
    if (!isAfterReceipt && open && isOpen()) {
      // Date and number alone on a line, the number (or its page count) on the next.
      if (open.parts.length === 0 && !open.number && /^\d{1,5}$/.test(trimmed)) open.number = trimmed;
      else if (!(open.parts.length === 0 && PAGE_COUNT.test(trimmed))) open.parts.push(trimmed);
      return;
    }
    skipped.push({ line: lineNumber, text: raw.trim() });
  });
  close();

  // A bare date with neither number nor text is not a row.
  const kept = entries.filter((entry) => entry.number !== "" || entry.text !== "");
  for (const dropped of entries.filter((entry) => !kept.includes(entry))) {
    skipped.push({ line: dropped.line, text: lines[dropped.line - 1]?.trim() ?? "" });
  }
  skipped.sort((a, b) => a.line - b.line);
  return { entries: kept, skipped };
}

/**
 * The start of a row, or undefined. A line inside an unfinished entry's text can begin with a
 * date ("… signed by Judge O'Neill on" / "02/02/2015 in chambers."), so while an entry is open a
 * new row needs the column layout: a tab, a run of spaces, a number, or nothing after the date.
 */
function readRowStart(line: string, isInsideEntry: boolean): Omit<OpenRow, "line"> | undefined {
  const trimmed = line.replace(/^\s+/, "");
  const match = ROW_START.exec(trimmed);
  if (!match) return undefined;
  const date = usDateToIso(match);
  if (!date) return undefined;
  let rest = trimmed.slice(match[0].length);
  if (isInsideEntry && !/^(?:$|\s*\t|\s{2,}|\s+\d{1,5}(?:\s|$))/.test(rest)) return undefined;

  let enteredColumn: string | undefined;
  // A second date right after the first: the "Date Entered" column some reports add.
  const second = ROW_START.exec(rest.replace(/^[ \t]+/, ""));
  if (second) {
    enteredColumn = usDateToIso(second);
    rest = rest.replace(/^[ \t]+/, "").slice(second[0].length);
  }

  const cells = rest.includes("\t") ? rest.replace(/^ +/, "").split("\t") : undefined;
  if (cells && cells[0] === "") {
    // Tab-separated: "", "#", "Docket Text" (the number cell may be empty, or missing altogether).
    const numberCell = NUMBER_CELL.exec(cells[1]?.trim() ?? "");
    const textCells = numberCell || cells[1]?.trim() === "" ? cells.slice(2) : cells.slice(1);
    return { date, enteredColumn, number: numberCell?.[1] ?? "", parts: nonEmpty(textCells.join(" ")) };
  }
  // Space-separated: an optional number, then the text.
  const spaced = /^\s*(\d{1,5})(?:\s*\(\d+\s*pgs?(?:\s*;\s*\d+\s*docs?)?\))?(?:\s+(.*))?$/i.exec(rest);
  if (spaced) return { date, enteredColumn, number: spaced[1] ?? "", parts: nonEmpty(spaced[2] ?? "") };
  return { date, enteredColumn, number: "", parts: nonEmpty(rest) };
}

function finish(row: OpenRow): ParsedDocketEntry {
  const text = row.parts.join(" ").replace(/\s+/g, " ").trim();
  const stamps = [...text.matchAll(ENTERED_STAMP)];
  const lastStamp = stamps[stamps.length - 1];
  const enteredDate = (lastStamp && usDateToIso(lastStamp)) || row.enteredColumn;
  return {
    number: row.number,
    date: row.date,
    text,
    attachments: parseAttachments(text, row.number),
    ...(enteredDate && { enteredDate }),
    line: row.line,
  };
}

function nonEmpty(text: string): string[] {
  return text.trim() ? [text.trim()] : [];
}

/** "3/16/2018" (as captured: month, day, year) → "2018-03-16"; undefined for a date that does not exist. */
function usDateToIso(match: RegExpMatchArray | RegExpExecArray): string | undefined {
  const [month, day, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day)
    return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
