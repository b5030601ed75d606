/**
 * Hostile text for the property tests: what a clerk may type or paste into any text field.
 * Built from fragments (so the nasty cases come up often, not once in a million draws) and
 * joined under a field's length limit without ever splitting a fragment (an emoji's surrogate
 * pair or ZWJ sequence stays whole; lone surrogates come only from their own fragment).
 */
import fc from "fast-check";

/** Names and words in many scripts, with letters whose capitals change length ("ß" → "SS", "ﬁ" → "FI"). */
export const WORDS = [
  "Linlor",
  "Futero",
  "Inc.",
  "LLC",
  "et al.",
  "DOES 1-9",
  "O'Neill",
  "José",
  "Zoë",
  "Ñandú",
  "Dvořák",
  "Łukasz",
  "Straße",
  "İstanbul",
  "ǅemal",
  "ﬁnancial",
  "Ørsted",
  "François",
  "Ἀθῆναι",
  "Владимир",
  "李小龙",
  "שרה כהן",
  "محمد علي",
  "Nguyễn Văn A",
  "Ⅻ",
  "ŉ",
  "ﬀ",
  "Σίσυφος",
  "the",
  "Court",
  "motion",
  "order",
  "Plaintiff",
  "v.",
];

/** Legal typography. */
const SYMBOLS = ["§", "§§", "¶", "—", "–", "“", "”", "‘", "’", "…", "«", "»", "©", "®", "™", "°", "½", "′", "″", "№"];

/** Astral characters, modifiers and ZWJ sequences: one grapheme, several UTF-16 units. */
const EMOJI = ["😀", "👨‍👩‍👧‍👦", "🏳️‍🌈", "👍🏽", "🇺🇸", "❤️", "🧑🏿‍⚖️", "⚖️", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "𠜎", "e\u0301", "ﷺ"];

/** Markup of every kind a renderer or template engine might obey instead of printing. */
export const MARKUP = [
  "<script>alert(1)</script>",
  "<SCRIPT src=//x>",
  "<img src=x onerror=alert(1)>",
  "<b>bold</b>",
  "</p>",
  "<!-- c -->",
  "{{ x }}",
  "{{ movant.label }}",
  "{%raw%}",
  "{% raw %}",
  "{% endraw %}",
  "{%- if true -%}",
  "{% comment %}",
  "{# c #}",
  "}}",
  "*",
  "**",
  "*emph*",
  "_",
  "__",
  "_x_",
  "#",
  "# ",
  "## H",
  "[",
  "]",
  "[x](http://e.com)",
  "![i](x.png)",
  "\\",
  "\\*",
  "`",
  "```",
  "~~",
  "^",
  "[^1]",
  "[^stay]",
  "[^1]: note",
  "- ",
  "+ ",
  "1. ",
  "2) ",
  "> ",
  "---",
  "===",
  "|a|b|",
  "::section{id=x}",
  ":cite[a]{}",
  ":docket[1]{}",
  "::: ",
  "&amp;",
  "&lt;",
  "&#x3C;",
  "&#60;",
  "&nbsp;",
  "&",
  "<",
  ">",
  '"',
  "'",
  "$",
  "%",
  "@",
  "http://example.com",
  "www.example.com",
  "<http://x>",
  "[[",
  "]]",
  "[[doc]]",
  "[[cite]]",
  "[[ nothing ]]",
];

/** Whitespace a paste brings: tabs, line and paragraph breaks, NBSP, zero-width and bidi controls. */
const SPACES = [
  " ",
  " ",
  "  ",
  "    ",
  "\t",
  "\n",
  "\n\n",
  "\r\n",
  "\u00a0",
  "\u2028",
  "\u2029",
  "\u200b",
  "\u200d",
  "\u200e",
  "\u200f",
  "\u202e",
  "\ufeff",
];

/** Characters XML 1.0 cannot carry (Word's manual line break \v, form feed, NUL …) and a lone surrogate. */
export const CONTROL = [
  "\u000b",
  "\u000c",
  "\u0007",
  "\u0000",
  "\u001f",
  "\u007f",
  "\u0085",
  "\ufffe",
  "\uffff",
  "\ud800",
  "\udfff",
];

/** One fragment of text. */
const fragment: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...WORDS), weight: 6 },
  { arbitrary: fc.constantFrom(...SYMBOLS), weight: 2 },
  { arbitrary: fc.constantFrom(...EMOJI), weight: 2 },
  { arbitrary: fc.constantFrom(...MARKUP), weight: 3 },
  { arbitrary: fc.constantFrom(...SPACES), weight: 4 },
  { arbitrary: fc.constantFrom(...CONTROL), weight: 1 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }), weight: 2 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 3 }), weight: 1 },
  // A very long word: no space for a line to break at.
  {
    arbitrary: fc.string({ unit: fc.constantFrom("a", "é", "ß", "😀", "ש"), minLength: 40, maxLength: 120 }),
    weight: 1,
  },
);

/** Joins fragments in order while they fit in `max` UTF-16 units (zod's `.max` counts those). */
function joinWithin(parts: readonly string[], max: number): string {
  let out = "";
  for (const part of parts) if (out.length + part.length <= max) out += part;
  return out;
}

/** Any text up to `max` units, possibly empty or blank. */
export function hostileText(max: number, maxFragments = 30): fc.Arbitrary<string> {
  return fc.array(fragment, { maxLength: maxFragments }).map((parts) => joinWithin(parts, max));
}

/** A word and then one character repeated up to exactly `max` units: the longest text the schema takes. */
function atLimit(max: number): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom("a", " ", "é", "😀", "—", "ש")).map(([word, filler]) => {
    let out = word;
    while (out.length + filler.length <= max) out += filler;
    return out.padEnd(max, ".");
  });
}

/** Text with at least one visible word (what `readiness` counts as answered), up to `max` units; now and then exactly `max`. */
export function visibleText(max: number, maxFragments = 6): fc.Arbitrary<string> {
  const parts = fc.array(fragment, { maxLength: maxFragments });
  const words = fc.tuple(parts, fc.constantFrom(...WORDS), parts).map(([before, word, after]) => {
    // The word is budgeted first, so the text is never blank.
    const head = joinWithin(before, max - word.length);
    return head + word + joinWithin(after, max - word.length - head.length);
  });
  return fc.oneof({ arbitrary: words, weight: 15 }, { arbitrary: atLimit(max), weight: 1 });
}

/** Clerk prose: hostile text, now and then very long (thousands of characters, still under the limit). */
export function clerkProse(max: number): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: hostileText(max, 14), weight: 60 },
    // Rare, as it is costly to render: a long text (a few thousand characters, under the limit).
    {
      arbitrary: fc.array(fragment, { minLength: 200, maxLength: 600 }).map((parts) => joinWithin(parts, max)),
      weight: 1,
    },
  );
}
