import type { MotionDraft, Party, PartyRole, PartySide } from "@/lib/motion/schema";

/**
 * How the order names a group of parties in prose: "Plaintiff", "Defendants", "Defendant Futero,
 * Inc.", "Sephora", "the United States", "the Wood Defendants", "the parties". Never a possessive
 * of "et al." and never a blank name.
 */
export type PartyDesignation = {
  /** "Plaintiff", "Defendants", "Defendant Futero, Inc.", "Sephora", "the United States", "the parties" */
  label: string;
  /** The label opening a sentence: "The United States", "The parties". */
  labelStart: string;
  /** "Plaintiff's", "Defendants'", "Defendant Futero, Inc.'s", "the United States'", "the Wood Defendants'" */
  possessive: string;
  possessiveStart: string;
  /** The label with the names on first mention: "Plaintiff James Linlor" where the label is the role alone. */
  fullLabel: string;
  /**
   * The first mention, where the order introduces a short name: "Defendant Sephora USA, Inc.
   * (“Sephora”)"; the label itself when there is no short name to introduce.
   */
  introduction: string;
  /** True when the introduction defines a short name (the introduction reads "the motion of …"). */
  introducesShortName: boolean;
  isPlural: boolean;
  /** The side of the caption, when the whole group is on one. */
  side: PartySide | undefined;
  /** Names as typed, trimmed and joined: "James Linlor", "Acme Corp. and Widget LLC". */
  names: string;
  isProSe: boolean;
};

/** Each role's name in prose, for one party and for several. The United States has no plural. */
const ROLE_LABELS: Record<PartyRole, [singular: string, plural: string]> = {
  plaintiff: ["Plaintiff", "Plaintiffs"],
  defendant: ["Defendant", "Defendants"],
  petitioner: ["Petitioner", "Petitioners"],
  respondent: ["Respondent", "Respondents"],
  relator: ["Relator", "Relators"],
  intervenor: ["Intervenor", "Intervenors"],
  "third-party-plaintiff": ["Third-Party Plaintiff", "Third-Party Plaintiffs"],
  "third-party-defendant": ["Third-Party Defendant", "Third-Party Defendants"],
  "counter-claimant": ["Counter-Claimant", "Counter-Claimants"],
  "counter-defendant": ["Counter-Defendant", "Counter-Defendants"],
  "judgment-creditor": ["Judgment Creditor", "Judgment Creditors"],
  "judgment-debtor": ["Judgment Debtor", "Judgment Debtors"],
  garnishee: ["Garnishee", "Garnishees"],
  claimant: ["Claimant", "Claimants"],
  "united-states": ["the United States", "the United States"],
};

/** The role a party plays: its own, or its caption side's. */
export const roleOf = (party: Party): PartyRole => party.role ?? party.side;

/** A role's label in prose: "Defendant", "Third-Party Defendants", "the United States". */
export function roleLabel(role: PartyRole, isPlural: boolean): string {
  return ROLE_LABELS[role][isPlural ? 1 : 0];
}

const ET_AL = /,?\s*\bet\s+al\.?\s*$/i;

/** A name that stands for several parties: "P. Gallagher, et al.", "DOES 1-9". */
export function namesSeveral(name: string): boolean {
  return ET_AL.test(name.trim()) || /\bdoes\s+\d+\s*[-–]\s*\d+/i.test(name);
}

/**
 * A party's name in prose: as typed (the text's name where it differs from the caption's), trimmed,
 * without the caption's "et al." (a group is named by its role).
 */
export const proseName = (party: Party): string => (party.textName?.trim() || party.name.trim()).replace(ET_AL, "");

/** The party stands for several: as answered, or as its name says. */
export const standsForSeveral = (party: Party): boolean => party.isSeveral ?? namesSeveral(party.name);

/** "A", "A and B", "A, B, and C". */
export function joinNames(names: string[]): string {
  if (names.length <= 2) return names.join(" and ");
  return `${names.slice(0, -1).join(", ")}, and ${names[names.length - 1]}`;
}

/** Names ending in a plural word take a bare apostrophe: "the United States'", "Acme Industries'". */
const PLURAL_FORM_NAME =
  /\b(?:States|Industries|Holdings|Partners|Services|Systems|Communications|Technologies|Laboratories|Brothers|Associates|Airlines|Parties|parties|Defendants|Plaintiffs|Petitioners|Respondents|Relators|Intervenors|Creditors|Debtors|Claimants|Garnishees|Counter-Claimants|Counter-Defendants)$/;

/** The possessive of a designation: "Plaintiff's", "Defendants'", "the United States'", "Futero, Inc.'s". */
export function possessiveOf(label: string): string {
  if (/['’]s?$/.test(label)) return label;
  return PLURAL_FORM_NAME.test(label) ? `${label}'` : `${label}'s`;
}

const sentenceStart = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "the Wood Defendants" for "Wood, et al." (several defendants named by one): the name before "et al.", its last word for a person. */
function groupName(name: string, role: PartyRole): string {
  const base = name
    .replace(ET_AL, "")
    .replace(/,?\s+(?:Inc|LLC|L\.L\.C|Corp|Co|Ltd|L\.P|LP|N\.A)\.?$/i, "")
    .trim();
  const words = base.split(/\s+/);
  // A person ("P. Gallagher", "John Wood"): the surname; an entity keeps its name.
  const isPerson = words.length <= 3 && words.every((word) => /^[A-Z][a-z'’-]*\.?$|^[A-Z]\.$/.test(word));
  const short = isPerson ? words[words.length - 1]! : base;
  return `the ${short} ${roleLabel(role, true)}`;
}

type Group = { role: PartyRole; parties: Party[] };

/** One role's parties among the movants, designated: by role alone when they are all with that role, by role and name otherwise. */
function designateRoleGroup(
  { role, parties }: Group,
  all: Party[],
): Omit<PartyDesignation, "labelStart" | "possessiveStart" | "side" | "isProSe"> {
  const withRole = all.filter((party) => roleOf(party) === role);
  const named = parties.filter((party) => proseName(party) !== "");
  const isPlural = parties.length > 1 || parties.some(standsForSeveral);
  const names = joinNames(named.map(proseName));
  const shortNames = [...new Set(parties.map((party) => party.shortName?.trim() ?? ""))];
  const role_ = roleLabel(role, isPlural);
  const plain = (label: string, fullLabel = label) => ({
    label,
    fullLabel,
    possessive: possessiveOf(label),
    introduction: label,
    introducesShortName: false,
    isPlural,
    names,
  });
  // Each party has a short name: the order calls them by it, once introduced.
  if (shortNames.every((short) => short !== "")) {
    const label = joinNames(shortNames);
    const sharedPlural = shortNames.length === 1 ? PLURAL_FORM_NAME.test(label) : true;
    const full = names === "" ? role_ : role === "united-states" ? names : `${role_} ${names}`;
    // Not a possessive: the caption's "et al." may stay, and the plural role rests on it.
    const typedEtAl = named.length === 1 && ET_AL.test(named[0]!.name.trim()) && names !== "" ? ", et al." : "";
    const defined =
      shortNames.length === 1
        ? `${full}${typedEtAl} (${parties.length > 1 ? "together, " : ""}"${label}")`
        : // Each its own short name, the group still named by its role on first mention ("Defendants State of Louisiana (“the State”) and …").
          `${role === "united-states" ? "" : `${role_} `}${joinNames(parties.map((party) => `${proseName(party)} ("${party.shortName!.trim()}")`))}`;
    return {
      label,
      fullLabel: full,
      possessive: possessiveOf(label),
      introduction: defined,
      introducesShortName: true,
      isPlural: sharedPlural,
      names,
    };
  }
  if (role === "united-states" || names === "") return plain(role_);
  if (parties.length === withRole.length)
    return plain(role_, isPlural && parties.some(standsForSeveral) ? role_ : `${role_} ${names}`);
  // One of several named by "et al.": never "Defendant Wood, et al.'s".
  if (named.length === 1 && standsForSeveral(named[0]!)) return plain(groupName(named[0]!.name.trim(), role));
  return plain(`${role_} ${names}`);
}

const NOBODY: PartyDesignation = {
  label: "Movant",
  fullLabel: "Movant",
  labelStart: "Movant",
  possessive: "Movant's",
  possessiveStart: "Movant's",
  introduction: "Movant",
  introducesShortName: false,
  isPlural: false,
  side: undefined,
  names: "",
  isProSe: false,
};

/**
 * Designates a group of parties the way orders do: by role alone when they are every party with
 * that role ("Defendants"), by role and name when they are some of several ("Defendant Futero,
 * Inc."), by short name when the clerk gave one ("Sephora"), as "the parties" when every party
 * joins, and as each side's designation joined when both sides join ("Plaintiff and Defendant X").
 */
export function designateParties(parties: Party[], all: Party[]): PartyDesignation {
  if (parties.length === 0) return NOBODY;
  const sides = new Set(parties.map((party) => party.side));
  const side = sides.size === 1 ? parties[0]!.side : undefined;
  const isProSe = parties.every((party) => party.isProSe === true);
  const finish = (
    d: Omit<PartyDesignation, "labelStart" | "possessiveStart" | "side" | "isProSe">,
  ): PartyDesignation => ({
    ...d,
    labelStart: sentenceStart(d.label),
    possessiveStart: sentenceStart(d.possessive),
    side,
    isProSe,
  });
  if (sides.size > 1 && parties.length === all.length && parties.every((party) => !party.shortName?.trim())) {
    const names = joinNames(parties.map(proseName).filter(Boolean));
    return finish({
      label: "the parties",
      fullLabel: "the parties",
      possessive: "the parties'",
      introduction: "the parties",
      introducesShortName: false,
      isPlural: true,
      names,
    });
  }
  const groups: Group[] = [];
  for (const party of parties) {
    const role = roleOf(party);
    const group = groups.find((g) => g.role === role);
    if (group) group.parties.push(party);
    else groups.push({ role, parties: [party] });
  }
  const designated = groups.map((group) => designateRoleGroup(group, all));
  if (designated.length === 1) return finish(designated[0]!);
  const label = joinNames(designated.map((d) => d.label));
  return finish({
    label,
    fullLabel: joinNames(designated.map((d) => d.fullLabel)),
    // Joint possession: "Plaintiff and Defendant Futero, Inc.'s joint motion".
    possessive: possessiveOf(label),
    introduction: joinNames(designated.map((d) => d.introduction)),
    introducesShortName: designated.some((d) => d.introducesShortName),
    isPlural: true,
    names: joinNames(designated.map((d) => d.names).filter(Boolean)),
  });
}

/**
 * Several parties called by one name after their first mention: 'Defendants InterDigital, Inc., …,
 * and IPR Licensing, Inc. (collectively, "IDC")', then "IDC"; "the Orrstown Defendants" agrees in the plural.
 */
function namedTogether(designation: PartyDesignation, name: string): PartyDesignation {
  const possessive = possessiveOf(name);
  return {
    ...designation,
    label: name,
    labelStart: sentenceStart(name),
    possessive,
    possessiveStart: sentenceStart(possessive),
    introduction: `${designation.fullLabel} (collectively, "${name}")`,
    introducesShortName: true,
    isPlural: PLURAL_FORM_NAME.test(name),
  };
}

/** The moving parties, designated: by the clerk's name for them together, where there are several. */
export function designateMovant(draft: MotionDraft): PartyDesignation {
  const all = draft.case.parties;
  const movants = all.filter((party) => draft.motion.movantPartyIds.includes(party.id));
  const designation = designateParties(movants, all);
  const together = draft.motion.movantsShortName?.trim() ?? "";
  // A name with nothing to read (blank, or only invisible marks) names nobody.
  const readable = /[\p{L}\p{N}]/u.test(together);
  return readable && movants.length > 1 ? namedTogether(designation, together) : designation;
}

/** Every party on the other side from the movant. */
export function designateOpponent(draft: MotionDraft): PartyDesignation {
  const all = draft.case.parties;
  const movantSide = designateMovant(draft).side;
  const others = all.filter((party) => party.side !== movantSide && movantSide !== undefined);
  return designateParties(others, all);
}

/** Upper case for the caption, leaving "et al." as courts print it; a capacity follows as typed. */
function captionCase(party: Party): string {
  const name = party.name
    .trim()
    .toLocaleUpperCase("en-US")
    .replace(/\bET AL\.?$/, "et al.");
  const capacity = party.capacity?.trim();
  return name && capacity ? `${name}, ${capacity}` : name;
}

/** Caption form of one side: "FUTERO, INC.; and DOES 1-9," (upper case, semicolons, final comma). */
export function captionNames(parties: Party[]): string {
  const names = parties.map(captionCase).filter(Boolean);
  if (names.length === 0) return "";
  const joined = names.length === 1 ? names[0]! : `${names.slice(0, -1).join("; ")}; and ${names[names.length - 1]}`;
  return `${joined},`;
}

/**
 * The role label under one side of the caption: the side's role ("Plaintiff,", "Defendants."), or
 * the parties' own role when all of them share one ("Petitioner,", "Relators,"); the United States
 * is labeled by its side.
 */
export function captionRoleLabel(parties: Party[], side: PartySide): string {
  const roles = new Set(parties.map(roleOf));
  const shared = roles.size === 1 ? [...roles][0]! : side;
  const role = shared === "united-states" ? side : shared;
  return roleLabel(role, parties.length > 1 || parties.some(standsForSeveral));
}
