import type { MotionDraft, Party, PartySide } from "@/lib/motion/schema";

/** How the order names the movant and its opponent in prose ("Plaintiff", "Defendants", "Defendant Futero, Inc."). */
export type PartyDesignation = {
  /** "Plaintiff", "Defendants", "Defendant Futero, Inc." */
  label: string;
  /** "Plaintiff's", "Defendants'", "Defendant Futero, Inc.'s" */
  possessive: string;
  isPlural: boolean;
  side: PartySide | undefined;
  /** Names as typed, joined: "James Linlor", "Acme Corp. and Widget LLC". */
  names: string;
  isProSe: boolean;
};

const ROLE: Record<PartySide, [singular: string, plural: string]> = {
  plaintiff: ["Plaintiff", "Plaintiffs"],
  defendant: ["Defendant", "Defendants"],
};

/** "A", "A and B", "A, B, and C". */
export function joinNames(names: string[]): string {
  if (names.length <= 2) return names.join(" and ");
  return `${names.slice(0, -1).join(", ")}, and ${names[names.length - 1]}`;
}

function possessive(label: string): string {
  return label.endsWith("s") && !label.endsWith("'s") && /^(Plaintiffs|Defendants)$/.test(label)
    ? `${label}'`
    : `${label}'s`;
}

/**
 * Designates a group of parties the way orders do: by role alone when they are every party on
 * their side, by role and name when they are some of several.
 */
export function designateParties(parties: Party[], all: Party[]): PartyDesignation {
  const side = parties[0]?.side;
  if (!side)
    return { label: "Movant", possessive: "Movant's", isPlural: false, side: undefined, names: "", isProSe: false };
  const sameSide = all.filter((party) => party.side === side);
  const isPlural = parties.length > 1;
  const role = ROLE[side][isPlural ? 1 : 0];
  // Names as typed, but trimmed, and a party not yet named is left out: a blank name printed "Plaintiff   's motion".
  const names = joinNames(parties.map((party) => party.name.trim()).filter((name) => name !== ""));
  const label = parties.length === sameSide.length || names === "" ? role : `${role} ${names}`;
  return {
    label,
    possessive: possessive(label),
    isPlural,
    side,
    names,
    isProSe: parties.every((party) => party.isProSe === true),
  };
}

/** The moving parties, designated. */
export function designateMovant(draft: MotionDraft): PartyDesignation {
  const all = draft.case.parties;
  const movants = all.filter((party) => draft.motion.movantPartyIds.includes(party.id));
  return designateParties(movants, all);
}

/** Every party on the other side from the movant. */
export function designateOpponent(draft: MotionDraft): PartyDesignation {
  const all = draft.case.parties;
  const movantSide = designateMovant(draft).side;
  const others = all.filter((party) => party.side !== movantSide && movantSide !== undefined);
  return designateParties(others, all);
}

/** A name that stands for several parties: "P. Gallagher, et al.", "DOES 1-9". */
export function namesSeveral(name: string): boolean {
  return /\bet al\.?$/i.test(name.trim()) || /\bdoes\s+\d+\s*[-–]\s*\d+/i.test(name);
}

/** Upper case for the caption, leaving "et al." as courts print it. */
function captionCase(name: string): string {
  return name
    .trim()
    .toLocaleUpperCase("en-US")
    .replace(/\bET AL\.?$/, "et al.");
}

/** Caption form of one side: "FUTERO, INC.; and DOES 1-9," (upper case, semicolons, final comma). */
export function captionNames(parties: Party[]): string {
  const names = parties.map((party) => captionCase(party.name)).filter(Boolean);
  if (names.length === 0) return "";
  const joined = names.length === 1 ? names[0]! : `${names.slice(0, -1).join("; ")}; and ${names[names.length - 1]}`;
  return `${joined},`;
}
