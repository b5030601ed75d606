import type { CaptionStyle } from "@/lib/style/caption-style";
/**
 * What the order must print for the text a clerk entered, worked out from the draft and the
 * findings (not from the renderer), for the properties to check against Word, HTML and plain text.
 */
import type { MotionDraft } from "@/lib/motion/schema";
import { parseClerkMarker } from "@/lib/motion/clerk-markers";
import { proseName, standsForSeveral } from "@/lib/order/party-names";
import type { StyleProfile } from "@/lib/style/style-profile";
import type { Findings } from "@/lib/standards/types";

/**
 * Whitespace-insensitive text: Word runs, HTML blocks and paragraph breaks split text differently.
 * Invisible explicit bidi formats are left out: the order drops those a clerk left open
 * (lib/order/bidi-formats.ts), and the bidi property (order-text.test.ts) checks them precisely.
 * Quotation marks compare as straight ones: the order prints typographer's quotes (lib/order/typeset.ts).
 */
export function normalize(text: string): string {
  return text
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * What typed text prints as, before layout: characters XML 1.0 cannot carry have no printed form
 * (vertical tab, form feed and NEL separate words, so they print as a space), and a lone surrogate
 * prints as U+FFFD, the replacement character.
 */
export function printed(typed: string): string {
  return normalize(
    typed
      .replace(/[\u000b\u000c\u0085]/g, " ")
      .replace(/[\u0000-\u0008\u000e-\u001f\ufffe\uffff]/g, "")
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd"),
  );
}

/** A party's name as the caption prints it: trimmed, in capitals, "et al." kept in lower case as courts print it. */
export function captionName(name: string, form: CaptionStyle["parties"]): string {
  const capitals = printed(name).toLocaleUpperCase("en-US");
  // Louisiana's "VERSUS" rows print the trailing "ET AL." in capitals; the other forms keep "et al.".
  return form === "versus-rows" ? capitals : capitals.replace(/\bET AL\.?$/, "et al.");
}

/** Text in the title's capitals: upper case, with statutory subsections kept lower case as courts print them ("RULE 12(b)(6)"). */
export function titleCaps(text: string): string {
  return printed(text)
    .toUpperCase()
    .replace(/(\d)((?:\([A-Z]{1,4}\))+)/g, (_match, digit: string, groups: string) => digit + groups.toLowerCase());
}

/**
 * The stretches of a clerk's text that print verbatim: the text between its markers (a marker
 * prints as a citation, and a period typed right after one is dropped), each whitespace-normalized,
 * without asterisks: `*x*` is light emphasis (printed italic, without the asterisks) and whether a
 * pair of asterisks is emphasis follows CommonMark's flanking rules, so asterisks are left out of
 * the comparison on both sides. Compared in lower case and without a final period or question
 * mark: the order capitalizes clerk text that opens a sentence, ends what it continues after, and
 * drops the mark of a phrase it embeds mid-sentence. Every other character must print exactly.
 */
export function verbatimPieces(text: string): string[] {
  const pieces: string[] = [];
  let last = 0;
  let afterMarker = false;
  const take = (piece: string) => {
    const cleaned = printed((afterMarker ? piece.replace(/^\s*\./, "") : piece).replace(/\*/g, ""))
      .toLowerCase()
      .replace(/[\s.?!;,]+$/, "");
    if (cleaned !== "") pieces.push(cleaned);
  };
  for (const match of text.matchAll(/\[\[([^[\]]{1,200})\]\]/g)) {
    if (!parseClerkMarker(match[1]!)) continue;
    take(text.slice(last, match.index));
    last = match.index + match[0].length;
    afterMarker = true;
  }
  take(text.slice(last));
  return pieces;
}

/** Text with asterisks removed, in lower case, for comparing with `verbatimPieces`. */
export function withoutAsterisks(text: string): string {
  return normalize(text.replace(/\*/g, "")).toLowerCase();
}

const isBlank = (text: string | undefined): text is undefined => text === undefined || text.trim() === "";

/**
 * Every clerk-written text the order prints, given what the court found: the relief sought, the
 * background narratives, the reasoning of each element it reached, of each companion request it
 * decides in the text, the certified questions on a grant, and so on.
 */
export function printedClerkTexts(
  draft: MotionDraft,
  findings: Findings,
  style: StyleProfile,
): { field: string; text: string }[] {
  const out: { field: string; text: string }[] = [];
  const add = (field: string, text: string | undefined) => {
    if (!isBlank(text)) out.push({ field, text });
  };
  const { certification, reconsideration, stay } = findings;
  add("motion.reliefSought", draft.motion.reliefSought);
  if (style.introOpening === "this-matter") add("orderUnderReview.decided", draft.orderUnderReview.decided);
  draft.docketEntries.forEach((entry, i) => add(`docketEntries.${i}.narrative`, entry.narrative));
  const answers = {
    "controlling-question": [
      "certification.controllingQuestion.reasoning",
      draft.certification.controllingQuestion.reasoning,
    ],
    "substantial-ground": [
      "certification.substantialGround.reasoning",
      draft.certification.substantialGround.reasoning,
    ],
    "materially-advance": [
      "certification.materiallyAdvance.reasoning",
      draft.certification.materiallyAdvance.reasoning,
    ],
  } as const;
  for (const element of certification.elements) {
    if (element.status === "met" || element.status === "not-met") {
      const [path, value] = answers[element.element];
      add(path, value);
    }
  }
  if (certification.disposition === "denied" && certification.basis === "element-not-met") {
    add("certification.exceptionalCircumstancesReasoning", draft.certification.exceptionalCircumstancesReasoning);
  }
  if (certification.basis === "discretionary-denial")
    add("certification.discretionaryDenialReasoning", draft.certification.discretionaryDenialReasoning);
  if (certification.disposition === "granted")
    draft.certification.questions.forEach((q, i) => add(`certification.questions.${i}.text`, q.text));
  if (reconsideration.disposition !== "not-requested") {
    add("reconsideration.movantArgument", draft.reconsideration.movantArgument);
    add("reconsideration.reasoning", draft.reconsideration.reasoning);
  }
  if (stay.disposition !== "not-requested" && stay.disposition !== "denied-as-moot" && stay.placement === "section")
    add("stay.reasoning", draft.stay.reasoning);
  if (findings.successive.isSuccessive) add("successive.reasoning", draft.successive.reasoning);
  return out;
}

/** Names of parties that must appear: every named party in the caption, in capitals. */
export function namedParties(draft: MotionDraft): string[] {
  return draft.case.parties.map((party) => party.name).filter((name) => !isBlank(name));
}

/**
 * Movants the body names as typed: when they are some of the parties on their side, the order
 * designates them by role and name ("Defendant Futero, Inc."), without a caption's "et al."; one
 * name standing for several is designated as a group ("the Wood Defendants") and is left out.
 */
export function movantNamesInBody(draft: MotionDraft): string[] {
  const movants = draft.case.parties.filter((party) => draft.motion.movantPartyIds.includes(party.id));
  const side = movants[0]?.side;
  const sameSide = draft.case.parties.filter((party) => party.side === side);
  if (movants.length === sameSide.length || movants.some((party) => party.side !== side)) return [];
  const named = movants.filter((party) => !isBlank(proseName(party)));
  if (named.length === 1 && standsForSeveral(named[0]!)) return [];
  return named.map(proseName);
}
