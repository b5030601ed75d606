import { describe, expect, it } from "vitest";
import { dropOpenBidiFormats } from "./bidi-formats";

// Found by the property tests: a right-to-left override typed in a party's name was left open and
// reversed the rest of every sentence the name was printed in.
describe("dropOpenBidiFormats", () => {
  it.each([
    ["Acme", "Acme"],
    ["שרה כהן", "שרה כהן"],
    ["Acme\u202e", "Acme"],
    ["😀a\u202bb\u202dc et al.", "😀abc et al."],
    ["a\u2067b", "ab"],
    ["a\u2068b\u202ec\u2069d", "a\u2068b\u202ec\u2069d"],
    ["a\u202eb\u202c", "a\u202eb\u202c"],
    ["a\u202eb\u202c\u202b", "a\u202eb\u202c"],
    ["one\u202e\ntwo\u2066", "one\ntwo"],
    ["one\u202e\u2029two\u202d\u2028three", "one\u2029two\u2028three"],
    ["stray \u202c and \u2069", "stray \u202c and \u2069"],
  ])("%j → %j", (typed, printed) => {
    expect(dropOpenBidiFormats(typed)).toBe(printed);
  });
});
