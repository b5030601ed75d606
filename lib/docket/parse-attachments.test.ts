import { describe, expect, it } from "vitest";
import { parseAttachments } from "./parse-attachments";

describe("parseAttachments", () => {
  it.each<[string, string, string, string[]]>([
    [
      "two attachments",
      "MOTION (Attachments: # 1 Memorandum of Points and Authorities, # 2 Exhibit A)(jpp)",
      "49",
      ["49-1 Memorandum of Points and Authorities", "49-2 Exhibit A"],
    ],
    [
      "commas and parentheses inside a label",
      "(Attachments: # 1 Declaration of Smith, Jr. (redacted), # 2 Exhibit B (part 1 of 2))",
      "50",
      ["50-1 Declaration of Smith, Jr. (redacted)", "50-2 Exhibit B (part 1 of 2)"],
    ],
    [
      "two-digit ordinals",
      "(Attachments: # 9 Exhibit I, # 10 Exhibit J, # 11 Proof of Service)",
      "157",
      ["157-9 Exhibit I", "157-10 Exhibit J", "157-11 Proof of Service"],
    ],
    ["no space after #", "(Attachments: #1 Memo,#2 Exhibit)", "3", ["3-1 Memo", "3-2 Exhibit"]],
    ["an unclosed list runs to the end", "(Attachments: # 1 Memorandum", "7", ["7-1 Memorandum"]],
    ["an unnumbered entry leaves refs empty", "(Attachments: # 1 Exhibit)", "", [" Exhibit"]],
    ["no attachments", "ORDER granting 49 Motion. (Entered: 04/05/2018)", "52", []],
    [
      "a '#' in a label is not a new item",
      "(Attachments: # 1 Exhibit #3 to Smith Depo)",
      "8",
      ["8-1 Exhibit #3 to Smith Depo"],
    ],
  ])("%s", (_case, text, number, expected) => {
    expect(parseAttachments(text, number).map((a) => `${a.ref} ${a.label}`)).toEqual(expected);
  });
});
