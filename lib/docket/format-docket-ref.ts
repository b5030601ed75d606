import { signalRuns } from "@/lib/authorities/signal-runs";
import type { DocketRefToken, Inline } from "@/lib/order-doc/types";
import type { StyleProfile } from "@/lib/style/style-profile";

type DocketCiteStyle = StyleProfile["docketCite"];
type DocketCiteFormStyle = DocketCiteStyle["form"];

/** Label (one entry, several entries) and whether the style wraps the reference in parentheses or brackets. */
const FORMS: Record<DocketCiteFormStyle, { one: string; many: string; wrap: "paren" | "bracket" | "none" }> = {
  "ecf-no": { one: "ECF No.", many: "ECF Nos.", wrap: "paren" }, // (ECF No. 156.)  E.D. Cal.
  "doc-no": { one: "Doc. No.", many: "Doc. Nos.", wrap: "none" }, // Doc. No. 49-1 at 2-3.  S.D. Cal.
  "docket-no-bracket": { one: "docket no.", many: "docket nos.", wrap: "bracket" }, // [docket no. 59]  D.N.M.
  "dkt-no": { one: "Dkt. No.", many: "Dkt. Nos.", wrap: "none" }, // Dkt. No. 51  W.D. Wash.
  doc: { one: "Doc.", many: "Docs.", wrap: "paren" }, // (Doc. 26)  S.D. Ohio
  docket: { one: "Docket", many: "Dockets", wrap: "none" }, // Docket 171  D. Alaska
};

const text = (value: string): Inline => ({ kind: "text", text: value });

/** Wraps the reference and adds the period a citation sentence carries: "(ECF No. 156.)", "[docket no. 59].", "Doc. No. 49." */
function wrap(inner: Inline[], wrapStyle: "paren" | "bracket" | "none", isSentence: boolean): Inline[] {
  const last = inner[inner.length - 1];
  const endsWithPeriod = last?.kind === "text" && last.text.endsWith(".");
  // A bare "Id." already ends the citation sentence: no second period ("Id.", not "Id..").
  const period = isSentence && !(endsWithPeriod && wrapStyle === "none") ? "." : "";
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

/**
 * Prints a reference to docket entries in the chambers' style: "(ECF No. 152, p. 3.)",
 * "Doc. No. 49-1 at 2-3.", "[docket no. 59]", "Dkt. No. 51", "(Doc. 26)", "Docket 171"; or, for
 * a reference that repeats the immediately preceding one, "*Id.* at 3-4." A reference in sentence
 * position is a citation sentence and carries its own terminal period; a clause reference does not.
 */
export function formatDocketRef(
  token: DocketRefToken,
  style: DocketCiteStyle,
  form: "full" | "id",
  opts: { capitalize: boolean },
): Inline[] {
  const spec = FORMS[style.form];
  const isSentence = token.position === "sentence";
  if (form === "id") {
    const id: Inline = { kind: "text", text: opts.capitalize ? "Id." : "id.", marks: ["italic"] };
    // "Id." always takes " at " before a pin, whatever the style's separator ("Id. at 3", not "Id., p. 3").
    const inner = token.pin ? [id, text(` at ${token.pin}`)] : [id];
    const signalled = token.signal
      ? [...signalRuns(token.signal, opts.capitalize), { ...id, text: "id." }, ...inner.slice(1)]
      : inner;
    return merge(wrap(signalled, spec.wrap === "bracket" ? "none" : spec.wrap, isSentence));
  }
  const label = token.entries.length > 1 ? spec.many : spec.one;
  // ", p. 3" becomes ", pp. 3-4" for a range or a list of pages.
  const separator =
    style.pinSeparator === ", p. " && token.pin && /[-–,]/.test(token.pin) ? ", pp. " : style.pinSeparator;
  const pin = token.pin ? `${separator}${token.pin}` : "";
  // Labels print as each court writes them ("[docket no. 59]" stays lower case): `capitalize` affects only "Id.".
  // A citation sentence's signal is capitalized ("(See ECF No. 19.)"); inside a clause it follows the text's case.
  const signal = token.signal ? signalRuns(token.signal, isSentence || opts.capitalize) : [];
  return merge(wrap([...signal, text(`${label} ${token.entries.join(", ")}${pin}`)], spec.wrap, isSentence));
}
