import { describe, expect, it } from "vitest";
import { statementContainsQuote } from "./statement-contains-quote";

describe("statementContainsQuote", () => {
  it.each([
    ['He said "exceedingly rare."', "exceedingly rare", true],
    ["He said “exceedingly rare”.", "exceedingly rare", true],
    ['He said "exceedingly rare" twice.', "exceedingly rare", true],
    ["He said exceedingly rare.", "exceedingly rare", false],
    ['He said "exceedingly rarely."', "exceedingly rare", false],
    ['"[T]his section [is] to be used."', "[T]his section [is] to be used", true],
  ])("%s contains %s: %s", (statement, quote, expected) => {
    expect(statementContainsQuote(statement, quote)).toBe(expected);
  });
});
