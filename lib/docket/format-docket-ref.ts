import { signalRuns } from "@/lib/authorities/signal-runs";
import type { DocketRefGroup, DocketRefToken, Inline } from "@/lib/order-doc/types";
import type { StyleProfile } from "@/lib/style/style-profile";
import { docketPattern, type DocketPreset } from "./docket-presets";

type DocketCiteStyle = StyleProfile["docketCite"];
const text = (value: string): Inline => ({ kind: "text", text: value });

/** Wraps the reference and adds the period a citation sentence carries: "(ECF No. 156.)", "[docket no. 59].", "Doc. No. 49." */
function wrap(inner: Inline[], wrapStyle: "paren" | "bracket" | "none", isSentence: boolean): Inline[] {
  const last = inner[inner.length - 1];
  const endsWithPeriod = last?.kind === "text" && last.text.endsWith(".");
  // A bare "Id." already ends the citation sentence: no second period ("Id.", "(Id.)", not "Id.." or "(Id..)").
  const period = isSentence && !endsWithPeriod ? "." : "";
  if (wrapStyle === "paren") return [text("("), ...inner, text(`${period})`)];
  if (wrapStyle === "bracket") return [text("["), ...inner, text(`]${period}`)];
  return [...inner, text(period)];
}

/** Joins adjacent plain text runs so tests and renderers see one run per mark change. */
function merge(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    const prev = out[out.length - 1];
    if (inline.kind === "text" && inline.text === "") continue;
    if (inline.kind === "text" && !inline.marks && prev?.kind === "text" && !prev.marks)
      out[out.length - 1] = text(prev.text + inline.text);
    else out.push(inline);
  }
  return out;
}

/** An entry as printed: a range ("692–696", typed "692 to 696") with a hyphen, as courts print it. */
const entryText = (entry: string) => entry.replace(/\s*[–—]\s*/, "-");
const isRange = (entry: string) => /[–—]/.test(entry);

/** A page pin: ", p. 3" becomes ", pp. 3-4" for a range or a list of pages; a prefix ("PageID.") goes before the page. */
function pinText(pattern: DocketPreset, pin: string | undefined): string {
  if (!pin) return "";
  const separator = pattern.pinSeparator === ", p. " && /[-–,]/.test(pin) ? ", pp. " : pattern.pinSeparator;
  return `${separator}${pattern.pinPrefix ?? ""}${pin}`;
}

/** One group of entries with its pin: "ECF Nos. 54, 58", "Mot. Interloc. App., Dkt. 92", "[8], [11]". */
function groupText(pattern: DocketPreset, group: DocketRefGroup): string {
  const several = group.entries.length > 1 || group.entries.some(isRange);
  const label = several ? pattern.many : pattern.one;
  const join = (l: string, number: string) => (l === "" ? number : pattern.spaced ? `${l} ${number}` : `${l}${number}`);
  const name = pattern.namesFilings && group.name ? `${group.name}, ` : "";
  if (pattern.each) {
    // Each entry in its own brackets: "[8], [11]"; the pin follows the last.
    const [open, close] = pattern.wrap === "bracket" ? ["[", "]"] : pattern.wrap === "paren" ? ["(", ")"] : ["", ""];
    return `${name}${group.entries.map((entry) => `${open}${join(pattern.one, entryText(entry))}${close}`).join(", ")}${pinText(pattern, group.pin)}`;
  }
  return `${name}${join(label, group.entries.map(entryText).join(", "))}${pinText(pattern, group.pin)}`;
}

/**
 * Prints a reference to docket entries in the chambers' pattern (lib/docket/docket-presets):
 * "(ECF No. 152, p. 3.)", "Doc. No. 49-1 at 2-3.", "[docket no. 59]", "(D.I. 21, 22)", "[46]",
 * "[#19]", "(Mot. Interloc. App., Dkt. 92)", "(ECF No. 41, PageID.1654)", "Dkt. Nos. 692-696";
 * references cited together share the wrap, joined by semicolons ("(ECF No. 54, p. 2; ECF No. 58,
 * p. 3.)"); or, for a reference that repeats the immediately preceding one, "*Id.* at 3-4." A
 * reference in sentence position is a citation sentence and carries its own terminal period; a
 * clause reference does not (and, with `setOffInSentence`, a bare pattern's is set in parentheses).
 */
export function formatDocketRef(
  token: DocketRefToken,
  style: DocketCiteStyle,
  form: "full" | "id",
  opts: { capitalize: boolean; setOffInSentence?: boolean },
): Inline[] {
  const pattern = docketPattern(style);
  const isSentence = token.position === "sentence";
  // Each-bracketed entries ("[46]") carry their own brackets: nothing wraps them again.
  const outer = pattern.each ? "none" : pattern.wrap;
  // A bare pattern ("Dkt. 103") is a citation sentence's; inside the order's sentences a full
  // reference is set off in parentheses: "Sephora's motion (Dkt. 103) is DENIED", not "motion Dkt. 103 is".
  const fullOuter = outer === "none" && !isSentence && opts.setOffInSentence ? "paren" : outer;
  if (form === "id") {
    const id: Inline = { kind: "text", text: opts.capitalize ? "Id." : "id.", marks: ["italic"] };
    // "Id." always takes " at " before a pin, whatever the style's separator ("Id. at 3", not "Id., p. 3").
    const inner = token.pin ? [id, text(` at ${token.pin}`)] : [id];
    const signalled = token.signal
      ? [...signalRuns(token.signal, opts.capitalize), { ...id, text: "id." }, ...inner.slice(1)]
      : inner;
    return merge(wrap(signalled, outer === "bracket" ? "none" : outer, isSentence));
  }
  const groups: DocketRefGroup[] = [
    { entries: token.entries, ...(token.pin ? { pin: token.pin } : {}), ...(token.name ? { name: token.name } : {}) },
    ...(token.also ?? []),
  ];
  // Labels print as each court writes them ("[docket no. 59]" stays lower case): `capitalize` affects only "Id.".
  // A citation sentence's signal is capitalized ("(See ECF No. 19.)"); inside a clause it follows the text's case.
  const signal = token.signal ? signalRuns(token.signal, isSentence || opts.capitalize) : [];
  const joined = groups.map((group) => groupText(pattern, group)).join("; ");
  // An unwrapped citation sentence opens a sentence: "Docket no. 10.", even where the court's label is lower case.
  const printed =
    outer === "none" && isSentence && signal.length === 0 ? joined.charAt(0).toUpperCase() + joined.slice(1) : joined;
  return merge(wrap([...signal, text(printed)], fullOuter, isSentence));
}
