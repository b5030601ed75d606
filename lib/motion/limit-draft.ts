import type { z } from "zod";
import { LIMITS } from "./fields";
import { MotionDraftSchema, type MotionDraft } from "./schema";

/**
 * The largest valid draft, built from the schema's own limits (so it grows with the schema): from
 * a base draft, every list is filled to its maximum length (items cloned with fresh ids), every
 * record to its maximum number of keys, every free-text field that has a length limit (and no
 * pattern) is filled: short fields to their limit, long texts (LIMITS.longText) to theirs in turn,
 * those outside lists first, until the draft's JSON reaches `maxBytes` (the API's body limit: a
 * larger draft can never be saved). Deterministic: the same schema and base give the same draft.
 */

type Def = {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  out?: z.ZodType;
  format?: string;
  checks?: { _zod: { def: { check: string; maximum?: number; format?: string } } }[];
};

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema's max_length check, if any. */
const maxLengthOf = (def: Def): number | undefined =>
  def.checks?.map((check) => check._zod.def).find((check) => check.check === "max_length")?.maximum;

/** A string a clerk types freely: no format (date, email) and no pattern (docket numbers). */
const isFreeText = (def: Def): boolean =>
  !def.format && !(def.checks ?? []).some((check) => check._zod.def.check === "string_format");

type Slot = { max: number; inList: boolean; get(): unknown; set(value: string): void };
type Access = { get(): unknown; set(value: unknown): void };

/** Deterministic words of plain legal prose: no Markdown, no cite markers. */
export function proseOfLength(length: number, seed: number): string {
  const words = [
    "the",
    "Court",
    "finds",
    "that",
    "movant",
    "has",
    "not",
    "shown",
    "a",
    "controlling",
    "question",
    "of",
    "law",
    "as",
    "to",
    "which",
    "there",
    "is",
    "substantial",
    "ground",
    "for",
    "difference",
    "opinion",
    "and",
    "an",
    "immediate",
    "appeal",
    "would",
    "materially",
    "advance",
    "ultimate",
    "termination",
    "litigation",
    "order",
    "ruling",
    "plaintiff",
    "defendant",
    "record",
    "discovery",
    "judgment",
  ];
  let state = seed >>> 0 || 1;
  const next = () => {
    // xorshift32
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  let text = "";
  let sentence = 0;
  while (text.length < length) {
    const word = words[Math.floor(next() * words.length)]!;
    sentence += 1;
    const end = sentence > 8 && next() < 0.15;
    text += `${text === "" ? "" : " "}${word}${end ? "." : next() < 0.05 ? "," : ""}`;
    if (end) sentence = 0;
  }
  // Exactly `length` characters, never ending in a space (a trailing space is trimmed by forms).
  const cut = text.slice(0, length);
  return cut.endsWith(" ") ? `${cut.slice(0, -1)}.` : cut;
}

function cloneItem(item: unknown, copy: number): unknown {
  const clone = structuredClone(item);
  if (typeof clone === "object" && clone !== null && "id" in clone && typeof clone.id === "string")
    (clone as { id: string }).id = `${clone.id}-${copy}`.slice(-64);
  return clone;
}

/** Walks the value at `at` along `schema`, growing lists and records to their limits and collecting the free-text slots. */
function grow(schema: z.ZodType, at: Access, slots: Slot[], inList: boolean): void {
  const def = defOf(schema);
  const value = at.get();
  switch (def.type) {
    case "optional":
    case "default":
    case "nullable":
      // An absent optional text, list or record is filled too; absent objects and choices stay absent.
      if (value === undefined) {
        const inner = defOf(def.innerType!);
        const kind = inner.type === "pipe" ? defOf(inner.out!).type : inner.type;
        if (kind === "array") at.set([]);
        else if (kind === "record") at.set({});
        else if (kind !== "string") return;
      }
      grow(def.innerType!, at, slots, inList);
      return;
    case "pipe":
      grow(def.out!, at, slots, inList);
      return;
    case "string": {
      const max = maxLengthOf(def);
      if (max !== undefined && isFreeText(def)) slots.push({ max, inList, ...at });
      return;
    }
    case "object": {
      const record = value as Record<string, unknown>;
      for (const [key, field] of Object.entries(def.shape!)) grow(field, member(record, key), slots, inList);
      return;
    }
    case "array": {
      const list = value as unknown[];
      const max = maxLengthOf(def);
      const first = list.length === 0 ? minimalValue(def.element!) : undefined;
      if (first !== undefined) list.push(first);
      const base = list.slice();
      if (max !== undefined && base.length > 0)
        for (let copy = 1; list.length < max; copy++) list.push(cloneItem(base[list.length % base.length], copy));
      list.forEach((_, i) => grow(def.element!, member(list, i), slots, true));
      return;
    }
    case "record": {
      const record = value as Record<string, unknown>;
      const first = Object.keys(record).length === 0 ? minimalValue(def.valueType!) : undefined;
      if (first !== undefined) record.slot = first;
      const base = Object.entries(record);
      const keyMax = maxLengthOf(defOf(def.keyType!)) ?? 20;
      for (let copy = 1; base.length > 0 && Object.keys(record).length < LIMITS.recordKeys; copy++) {
        const [key, item] = base[copy % base.length]!;
        record[`${key}-${copy}-`.padEnd(keyMax, "x").slice(0, keyMax)] = cloneItem(item, copy);
      }
      for (const key of Object.keys(record)) grow(def.valueType!, member(record, key), slots, true);
      return;
    }
    default:
      return;
  }
}

/**
 * The smallest valid value of a schema, to start an empty list or record from: required fields
 * only, the first choice of an enum; undefined where none can be made up (a patterned string).
 */
function minimalValue(schema: z.ZodType): unknown {
  const def = defOf(schema) as Def & { entries?: Record<string, unknown>; values?: unknown[] };
  switch (def.type) {
    case "string":
      return isFreeText(def) ? "x" : undefined;
    case "boolean":
      return false;
    case "enum":
      return Object.values(def.entries ?? {})[0];
    case "literal":
      return def.values?.[0];
    case "array":
      return [];
    case "pipe":
      return minimalValue(def.out!);
    case "object": {
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(def.shape!)) {
        if (defOf(field).type === "optional") continue;
        const value = minimalValue(field);
        if (value === undefined) return undefined;
        out[key] = value;
      }
      return out;
    }
    default:
      return undefined;
  }
}

/** Reads and writes one member of an object or a list. */
function member(parent: Record<string, unknown> | unknown[], key: string | number): Access {
  const target = parent as Record<string | number, unknown>;
  return { get: () => target[key], set: (next) => (target[key] = next) };
}

/** The free-text slots of a draft (growing its lists and records to their limits on the way). */
function slotsOf(draft: MotionDraft): Slot[] {
  const slots: Slot[] = [];
  const root = { draft } as Record<string, unknown>;
  grow(MotionDraftSchema, member(root, "draft"), slots, false);
  return slots;
}

/**
 * How the long texts share what is left of `maxBytes`: "longest" fills each to its limit in turn
 * (the fewest, longest paragraphs), "even" gives each the same share (the most paragraphs).
 */
export type LongTextSpread = "longest" | "even";

/** The largest valid draft from `base` whose JSON stays within `maxBytes` (see the module comment). */
export function limitDraft(base: MotionDraft, maxBytes: number, spread: LongTextSpread = "longest"): MotionDraft {
  const draft = structuredClone(base);
  const slots = slotsOf(draft);
  const isLong = (slot: Slot) => slot.max >= LIMITS.longText;
  slots.filter((slot) => !isLong(slot)).forEach((slot, i) => slot.set(proseOfLength(slot.max, i + 1)));
  const longSlots = slots.filter(isLong).sort((a, b) => Number(a.inList) - Number(b.inList));
  for (const slot of longSlots) slot.set("");
  // Each long text gets its full length while the draft stays within the limit, the last one what is
  // left (prose needs no JSON escapes, so each text adds its length).
  let size = JSON.stringify(draft).length;
  const share = Math.floor((maxBytes - size) / Math.max(1, longSlots.length));
  longSlots.forEach((slot, i) => {
    const room = Math.max(0, Math.min(slot.max, maxBytes - size, spread === "even" ? share : Infinity));
    const text = proseOfLength(room, 1000 + i);
    slot.set(text);
    size += text.length;
  });
  return MotionDraftSchema.parse(draft);
}

/** The same draft with the words of every long text shuffled: the redline's worst case (nothing lines up). */
export function reshuffledDraft(draft: MotionDraft): MotionDraft {
  const copy = structuredClone(draft);
  slotsOf(copy)
    .filter((slot) => slot.max >= LIMITS.longText)
    .forEach((slot, i) => {
      const text = slot.get();
      if (typeof text === "string" && text !== "") slot.set(shuffleWords(text, i + 1));
    });
  return MotionDraftSchema.parse(copy);
}

/** A deterministic shuffle of a text's words (Fisher-Yates over xorshift32). */
function shuffleWords(text: string, seed: number): string {
  const words = text.split(" ");
  let state = seed >>> 0 || 1;
  for (let i = words.length - 1; i > 0; i--) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    const j = (state >>> 0) % (i + 1);
    [words[i], words[j]] = [words[j]!, words[i]!];
  }
  return words.join(" ");
}
