import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocketReport } from "./parse-docket-report";
import { ParsedDocketReportSchema } from "./schema";

/**
 * Fixtures are invented rows in the style of each court's CM/ECF docket report (case names from
 * the seed orders; numbers, dates and filer initials made up). Each NAME.txt is what a clerk
 * pastes; NAME.expected.json is what the parser must return, checked by hand.
 */
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

describe("docket report fixtures", () => {
  it.each([
    [
      "casd-tabbed",
      "S.D. Cal., tab-separated: caption above the table, select-all line, wrapped cell, unnumbered minute order",
    ],
    [
      "caed-spaced",
      "E.D. Cal., runs of spaces: text wrapping under its column, the entry stamp split, PACER receipt below",
    ],
    ["dnm-two-line", "D.N.M., CRLF: date and number on one line, text below, a page count, an unnumbered row"],
  ])("%s (%s)", (name) => {
    const parsed = parseDocketReport(fixture(`${name}.txt`));
    expect(parsed).toEqual(JSON.parse(fixture(`${name}.expected.json`)));
    expect(ParsedDocketReportSchema.parse(parsed)).toEqual(parsed);
  });

  it("reads the S.D. Cal. motion with its memorandum as 49-1", () => {
    const motion = parseDocketReport(fixture("casd-tabbed.txt")).entries.find((e) => e.number === "49");
    expect(motion?.date).toBe("2018-03-16");
    expect(motion?.enteredDate).toBe("2018-03-16");
    expect(motion?.attachments.map((a) => `${a.ref} ${a.label}`)).toEqual([
      "49-1 Memorandum of Points and Authorities",
      "49-2 Exhibit A",
      "49-3 Declaration of James Linlor, Jr. (redacted)",
    ]);
  });

  it("joins the E.D. Cal. order's wrapped lines, keeping '2/2/2015.' inside the text", () => {
    const order = parseDocketReport(fixture("caed-spaced.txt")).entries.find((e) => e.number === "175");
    expect(order?.text).toBe(
      "ORDER DENYING Plaintiff's Motion for Certification of Interlocutory Appeal (ECF No. 173), signed by District Judge Lawrence J. O'Neill on 2/2/2015. (Xiong, J) (Entered: 02/02/2015)",
    );
  });
});

describe("parseDocketReport: rows", () => {
  it.each<[string, string, { number: string; date: string; text: string; enteredDate?: string }[]]>([
    [
      "a wrapped line that starts with a date stays in the open entry",
      "02/02/2015  175  ORDER DENYING Motion for Certification, signed by District Judge Lawrence J. O'Neill on\n02/02/2015 in chambers. (Entered: 02/02/2015)",
      [
        {
          number: "175",
          date: "2015-02-02",
          text: "ORDER DENYING Motion for Certification, signed by District Judge Lawrence J. O'Neill on 02/02/2015 in chambers. (Entered: 02/02/2015)",
          enteredDate: "2015-02-02",
        },
      ],
    ],
    [
      "after a complete entry, a date and a single space start an unnumbered row",
      "03/20/2018  50  RESPONSE in Opposition re 49 (Entered: 03/20/2018)\n03/22/2018 MINUTE ORDER vacating hearing. (mpd) (Entered: 03/22/2018)",
      [
        {
          number: "50",
          date: "2018-03-20",
          text: "RESPONSE in Opposition re 49 (Entered: 03/20/2018)",
          enteredDate: "2018-03-20",
        },
        {
          number: "",
          date: "2018-03-22",
          text: "MINUTE ORDER vacating hearing. (mpd) (Entered: 03/22/2018)",
          enteredDate: "2018-03-22",
        },
      ],
    ],
    [
      "a Date Entered column, when the text has no stamp",
      "Date Filed  Date Entered  #  Docket Text\n03/16/2018  03/19/2018  49  EX PARTE MOTION for Modification by James Linlor.",
      [
        {
          number: "49",
          date: "2018-03-16",
          text: "EX PARTE MOTION for Modification by James Linlor.",
          enteredDate: "2018-03-19",
        },
      ],
    ],
    [
      "a page count beside the number",
      "07/14/2010  56 (3 pgs; 2 docs)  MOTION to Certify Order for Interlocutory Appeal",
      [{ number: "56", date: "2010-07-14", text: "MOTION to Certify Order for Interlocutory Appeal" }],
    ],
    [
      "the number alone on the line after the date",
      "07/14/2010\n56\nMOTION to Certify Order (Entered: 07/14/2010)",
      [
        {
          number: "56",
          date: "2010-07-14",
          text: "MOTION to Certify Order (Entered: 07/14/2010)",
          enteredDate: "2010-07-14",
        },
      ],
    ],
    [
      "tabs with the number column missing altogether",
      "10/05/2018\tMINUTE ENTRY for proceedings held before Judge Anello (Entered: 10/05/2018)",
      [
        {
          number: "",
          date: "2018-10-05",
          text: "MINUTE ENTRY for proceedings held before Judge Anello (Entered: 10/05/2018)",
          enteredDate: "2018-10-05",
        },
      ],
    ],
    [
      "one-digit month and day",
      "3/6/2018\t12\tNOTICE of Appearance (Entered: 3/6/2018)",
      [
        {
          number: "12",
          date: "2018-03-06",
          text: "NOTICE of Appearance (Entered: 3/6/2018)",
          enteredDate: "2018-03-06",
        },
      ],
    ],
  ])("%s", (_case, text, expected) => {
    expect(
      parseDocketReport(text).entries.map(({ number, date, text: t, enteredDate }) => ({
        number,
        date,
        text: t,
        ...(enteredDate && { enteredDate }),
      })),
    ).toEqual(expected);
  });

  it("a second page's header ends the row before it", () => {
    const parsed = parseDocketReport("04/05/2018  52  ORDER without a stamp\nDate Filed # Docket Text\nstray line");
    expect(parsed.entries.map((e) => e.text)).toEqual(["ORDER without a stamp"]);
    expect(parsed.skipped).toEqual([{ line: 3, text: "stray line" }]);
  });

  it("an undated line after a complete entry is skipped, not glued on", () => {
    const parsed = parseDocketReport(
      "04/05/2018  52  ORDER (Entered: 04/05/2018)\nView Selected  or  Download Selected",
    );
    expect(parsed.entries[0]?.text).toBe("ORDER (Entered: 04/05/2018)");
    expect(parsed.skipped).toEqual([{ line: 2, text: "View Selected  or  Download Selected" }]);
  });
});

describe("parseDocketReport: garbage never throws", () => {
  it.each<[string, unknown, { entries: number; skipped: number[] }]>([
    ["empty", "", { entries: 0, skipped: [] }],
    [
      "only whitespace and the header",
      "  \n\tDate Filed\t#\tDocket Text\nSelect all / clear\n",
      { entries: 0, skipped: [] },
    ],
    ["prose", "Please find the docket below.\nThanks!", { entries: 0, skipped: [1, 2] }],
    ["a date that does not exist", "13/45/2018  49  MOTION", { entries: 0, skipped: [1] }],
    ["February 30", "02/30/2018\t49\tMOTION", { entries: 0, skipped: [1] }],
    ["a bare date", "03/16/2018", { entries: 0, skipped: [1] }],
    ["control characters", "\u0000\u0001\u0002\uFFFD\n\u202E03/16/2018 49", { entries: 0, skipped: [1, 2] }],
    ["null from an untyped caller", null, { entries: 0, skipped: [] }],
    ["a number from an untyped caller", 42, { entries: 0, skipped: [] }],
  ])("%s", (_case, input, expected) => {
    const parsed = parseDocketReport(input as string);
    expect(parsed.entries).toHaveLength(expected.entries);
    expect(parsed.skipped.map((s) => s.line)).toEqual(expected.skipped);
  });

  it("survives 2,000 random pastes built from docket fragments, always schema-valid", () => {
    const fragments = [
      "03/16/2018",
      "\t",
      "  ",
      " ",
      "49",
      "\n",
      "\r\n",
      "(Attachments: # 1 Memo, # 2",
      ")",
      "(Entered: 03/16/2018)",
      "MOTION",
      "Date Filed # Docket Text",
      "Select all / clear",
      "PACER Service Center",
      "# 0",
      "(3 pgs)",
      "99/99/9999",
      "(",
      "((",
      "\u00a0",
      "12/31/1899",
      "2/29/2024",
      "2/29/2023",
      "#",
      "Attachments:",
      "1234567",
    ];
    let seed = 1292;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let run = 0; run < 2_000; run++) {
      const text = Array.from(
        { length: Math.floor(random() * 40) },
        () => fragments[Math.floor(random() * fragments.length)],
      ).join("");
      const parsed = parseDocketReport(text);
      expect(() => ParsedDocketReportSchema.parse(parsed), JSON.stringify(text)).not.toThrow();
    }
  });
});
