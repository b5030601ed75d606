import {
  formatCitation,
  getAuthority,
  getProposition,
  plainText,
  type Authority,
  type CitationForm,
} from "@/lib/authorities";
import { typedCitations } from "@/lib/cite-check/typed-citations";
import { formatDocketRef } from "@/lib/docket/format-docket-ref";
import type { StyleProfile } from "@/lib/style/style-profile";
import { citeFlagNote } from "./cite-flag-notes";
import { startsSentenceAfter } from "./sentence-boundary";
import type { Block, CiteFlag, CiteToken, Inline, OrderDoc } from "@/lib/order-doc/types";

/** The citation read just before the current one: what decides *Id.* */
type Previous =
  | { kind: "cite"; authorityId: string; pin: string | undefined }
  | { kind: "docket"; entries: readonly string[]; pin: string | undefined }
  /** A string cite (two or more authorities joined by "; "): no *Id.* may follow it. */
  | { kind: "string" }
  | undefined;

type State = {
  seen: Set<string>;
  previous: Previous;
  footnotesDone: Set<string>;
  footnotes: Record<string, Block[]>;
  /** Text read since the last citation token: the clerk may have typed citations in it. */
  typed: string;
};

/**
 * Citations the clerk typed count as the reader sees them: a typed library case cited in full is
 * seen (the next cite to it is short or *Id.*), and any typed citation is what an *Id.* would
 * refer to; a typed case the library lacks, a record cite or a string cite breaks the chain.
 */
function absorbTyped(state: State): void {
  if (state.typed === "") return;
  for (const typed of typedCitations(state.typed)) {
    if (typed.kind === "id") continue;
    if (typed.kind === "other") {
      state.previous = { kind: "string" };
      continue;
    }
    if (typed.full) state.seen.add(typed.authorityId);
    state.previous = { kind: "cite", authorityId: typed.authorityId, pin: typed.pin };
  }
  state.typed = "";
}

type CiteInline = Extract<Inline, { kind: "cite" }>;
type DocketInline = Extract<Inline, { kind: "docket" }>;

/** True when text ending here leaves the next citation at the start of a sentence. */
function startsSentence(preceding: string): boolean {
  return startsSentenceAfter(preceding, `"'”’)]`);
}

/** A text run that joins the members of a string cite: "; " and nothing else. */
const isJoiner = (inline: Inline | undefined): boolean => inline?.kind === "text" && /^\s*;\s*$/.test(inline.text);

const sameEntries = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((entry, i) => entry === b[i]);

/** Reviewer flags for one citation (and the authority of its quoting/citing parenthetical). */
function flagsFor(authority: Authority, propositionId: string | undefined): CiteFlag[] {
  const flags: CiteFlag[] = [];
  const proposition = propositionId ? getProposition(authority.id, propositionId) : undefined;
  if (proposition && !proposition.pinVerified)
    flags.push({ code: "pin-not-verified", authorityId: authority.id, propositionId: proposition.id });
  if (authority.verification.level === "as-cited") flags.push({ code: "as-cited-only", authorityId: authority.id });
  const chambers = (authority as Authority & { chambers?: { verifiedBy: string; verifiedAt: string; source: string } })
    .chambers;
  if (authority.verification.level === "chambers" && chambers)
    flags.push({
      code: "chambers-verified",
      authorityId: authority.id,
      verifiedBy: chambers.verifiedBy,
      verifiedOn: chambers.verifiedAt,
      source: chambers.source,
    });
  if (authority.kind === "case") {
    for (const history of authority.subsequentHistory ?? []) {
      if (history.negative)
        flags.push({ code: "negative-history", authorityId: authority.id, history: history.text.replace(/\*/g, "") });
    }
  }
  for (const caution of authority.cautions ?? []) flags.push({ code: "caution", authorityId: authority.id, caution });
  return flags;
}

function resolveCite(inline: CiteInline, capitalize: boolean, isStringMember: boolean, state: State): CiteInline {
  const token: CiteToken = inline.token;
  const authority = getAuthority(token.authorityId);
  const proposition = token.propositionId ? getProposition(authority.id, token.propositionId) : undefined;
  const previous = state.previous;
  const form: CitationForm =
    previous?.kind === "cite" && previous.authorityId === authority.id && !token.textual
      ? "id"
      : state.seen.has(authority.id)
        ? "short"
        : "full";

  // Parenthetical authorities print in full on their first appearance anywhere, short after; they never touch the Id. chain.
  const nested = [proposition?.quoting, proposition?.citing].filter((ref) => ref !== undefined);
  const nestedForms = new Map(
    nested.map((ref) => [ref.authorityId, state.seen.has(ref.authorityId) ? ("short" as const) : ("full" as const)]),
  );
  const printed = formatCitation(authority, proposition, form, {
    capitalize: token.startsSentence ?? capitalize,
    ...(token.signal ? { signal: token.signal } : {}),
    nestedForm: (id) => nestedForms.get(id) ?? "full",
    samePinAsPrevious:
      form === "id" && previous?.kind === "cite" && previous.pin !== undefined && previous.pin === proposition?.pin,
  });

  state.seen.add(authority.id);
  for (const ref of nested) state.seen.add(ref.authorityId);
  // A mention in running text is not a citation: the next citation's Id. looks past it.
  if (!token.textual)
    state.previous = isStringMember
      ? { kind: "string" }
      : { kind: "cite", authorityId: authority.id, pin: proposition?.pin };

  const flags = [
    ...flagsFor(authority, proposition?.id),
    ...nested.flatMap((ref) => flagsFor(getAuthority(ref.authorityId), ref.propositionId)),
  ];
  const unique = [...new Map(flags.map((flag) => [JSON.stringify(flag), flag])).values()];
  return {
    ...inline,
    printed,
    form,
    flags: unique,
    ...(unique.length > 0 ? { flagNotes: [...new Set(unique.map(citeFlagNote))] } : {}),
  };
}

function resolveDocket(inline: DocketInline, capitalize: boolean, style: StyleProfile, state: State): DocketInline {
  const previous = state.previous;
  const isRepeat =
    style.docketCite.useId && previous?.kind === "docket" && sameEntries(previous.entries, inline.token.entries);
  const form = isRepeat ? "id" : "full";
  // "Id." alone for the same page again, "Id. at 3" for another.
  const samePin = isRepeat && previous?.kind === "docket" && previous.pin === inline.token.pin;
  const { pin: _pin, ...withoutPin } = inline.token;
  state.previous = { kind: "docket", entries: inline.token.entries, pin: inline.token.pin };
  return {
    ...inline,
    form,
    printed: formatDocketRef(samePin ? withoutPin : inline.token, style.docketCite, form, {
      capitalize,
      setOffInSentence: true,
    }),
  };
}

/** The printed text of a resolved citation or docket reference ("" for anything else). */
const printedText = (inline: Inline | undefined): string =>
  inline && (inline.kind === "cite" || inline.kind === "docket") ? plainText(inline.printed ?? []) : "";

/**
 * A citation that ends in a period (most often "*Id.*") takes
 * no second period from the sentence it closes: "*Id.*", not "*Id.*.".
 */
function dropDoubledPeriods(inlines: Inline[]): Inline[] {
  return inlines
    .map((inline, index) =>
      inline.kind === "text" && inline.text.startsWith(".") && printedText(inlines[index - 1]).endsWith(".")
        ? { ...inline, text: inline.text.slice(1) }
        : inline,
    )
    .filter((inline) => inline.kind !== "text" || inline.text !== "");
}

/** One run of inlines (a paragraph, a heading, a list item) in reading order. */
function resolveInlines(inlines: Inline[], style: StyleProfile, state: State): Inline[] {
  const resolved = dropDoubledPeriods(resolveInReadingOrder(inlines, style, state));
  absorbTyped(state);
  return resolved;
}

function resolveInReadingOrder(inlines: Inline[], style: StyleProfile, state: State): Inline[] {
  let preceding = "";
  return inlines.map((inline, index) => {
    switch (inline.kind) {
      case "text":
        preceding += inline.text;
        state.typed += inline.text;
        return inline;
      case "lineBreak":
        preceding += "\n";
        state.typed += "\n";
        return inline;
      case "footnoteRef": {
        absorbTyped(state);
        // The Bluebook reads a footnote where its reference stands.
        const blocks = state.footnotes[inline.footnoteId];
        if (blocks && !state.footnotesDone.has(inline.footnoteId)) {
          state.footnotesDone.add(inline.footnoteId);
          state.footnotes[inline.footnoteId] = resolveBlocks(blocks, style, state);
        }
        return inline;
      }
      case "docket": {
        absorbTyped(state);
        const resolved = resolveDocket(inline, startsSentence(preceding), style, state);
        preceding += plainText(resolved.printed ?? []);
        return resolved;
      }
      case "cite": {
        absorbTyped(state);
        const joinsPrevious = isJoiner(inlines[index - 1]) && inlines[index - 2]?.kind === "cite";
        const joinsNext = isJoiner(inlines[index + 1]) && inlines[index + 2]?.kind === "cite";
        const resolved = resolveCite(inline, startsSentence(preceding), joinsPrevious || joinsNext, state);
        preceding += plainText(resolved.printed ?? []);
        return resolved;
      }
    }
  });
}

function resolveBlocks(blocks: Block[], style: StyleProfile, state: State): Block[] {
  return blocks.map((block): Block => {
    if (block.kind === "list")
      return { ...block, items: block.items.map((item) => resolveInlines(item, style, state)) };
    return { ...block, content: resolveInlines(block.content, style, state) };
  });
}

/**
 * Fills in every cite and docket token's printed form, in one pass in reading order (a footnote is
 * read where its reference stands): the full cite on an authority's first mention, the short cite
 * after, *Id.* when the immediately preceding citation was to the same single authority (a string
 * cite or a docket reference in between breaks the chain); docket references take *Id.* when the
 * style allows and the preceding citation was to exactly the same entries. Sets reviewer flags from
 * the library's verification records. Pure: returns a new document.
 */
export function resolveCitations(doc: OrderDoc, style: StyleProfile): OrderDoc {
  const state: State = {
    seen: new Set(),
    previous: undefined,
    footnotesDone: new Set(),
    footnotes: { ...doc.footnotes },
    typed: "",
  };
  const body = resolveBlocks(doc.body, style, state);
  // Footnotes no reference reaches are still resolved, after the body, so nothing prints unresolved.
  for (const id of Object.keys(state.footnotes)) {
    const blocks = state.footnotes[id];
    if (blocks && !state.footnotesDone.has(id)) {
      state.footnotesDone.add(id);
      state.footnotes[id] = resolveBlocks(blocks, style, state);
    }
  }
  // The title's docket reference stands outside the reading order of the body.
  const titleDocketRef = doc.titleDocketRef?.map((inline) =>
    inline.kind === "docket"
      ? {
          ...inline,
          form: "full" as const,
          printed: formatDocketRef(inline.token, style.docketCite, "full", { capitalize: false }),
        }
      : inline,
  );
  return { ...doc, body, footnotes: state.footnotes, ...(titleDocketRef ? { titleDocketRef } : {}) };
}
