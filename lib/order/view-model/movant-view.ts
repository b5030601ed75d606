import type { MotionDraft } from "@/lib/motion/schema";
import { escapeMarkdown } from "../escape-markdown";
import { designateMovant, designateOpponent, possessiveOf, roleLabel } from "../party-names";

/** Latin terms of art, italic when the chambers italicizes them. */
export function latinView(italicize: boolean) {
  const term = (text: string) => (italicize ? `*${text}*` : text);
  return {
    pro_se: term("pro se"),
    ex_parte: term("ex parte"),
    in_forma_pauperis: term("in forma pauperis"),
    sua_sponte: term("sua sponte"),
  };
}

/**
 * How templates name the movant, with verb agreement for one movant or several. `styledAs` is the
 * movant's own styling ("Appellant"), from the answer or from the title as typed.
 */
export function movantView(draft: MotionDraft, latin: ReturnType<typeof latinView>, styledAs: string) {
  const movant = designateMovant(draft);
  const opponent = designateOpponent(draft);
  const movants = draft.case.parties.filter((party) => draft.motion.movantPartyIds.includes(party.id));
  const singular = !movant.isPlural;
  const verb = (one: string, many: string) => (singular ? one : many);
  const isPrisoner = movants.length > 0 && movants.every((party) => party.isPrisoner === true);
  const isIfp = movants.length > 0 && movants.every((party) => party.inFormaPauperis === true);
  const status = [movant.isProSe ? latin.pro_se : "", isIfp ? latin.in_forma_pauperis : ""]
    .filter(Boolean)
    .join(" and ");
  // A prisoner or a party in forma pauperis is described in a sentence of its own (E.D. Cal.
  // practice); a movant who is only pro se is called so where the motion is named.
  const role = movant.side ? roleLabel(movant.side, false).toLowerCase() : "party";
  const description =
    isPrisoner || isIfp
      ? `${isPrisoner ? (singular ? "a prisoner" : "prisoners") : singular ? `a ${role}` : `${role}s`} proceeding ${status}`
      : "";
  const hasDescription = description !== "" && movants.every((party) => party.side === movant.side);
  // The first mention names the movant in full: a short name is defined there ("the motion of
  // Defendant Sephora USA, Inc. (“Sephora”)"), a party among several is named with its role.
  const firstMention = hasDescription
    ? escapeMarkdown(movant.possessive)
    : movant.introducesShortName
      ? ""
      : `${movant.isProSe ? `${latin.pro_se} ` : ""}${escapeMarkdown(possessiveOf(movant.fullLabel))}`;
  return {
    label: movant.label,
    label_start: movant.labelStart,
    possessive: movant.possessive,
    possessive_start: movant.possessiveStart,
    // "Appellant's [Plaintiff's]": the movant's own styling, with the court's designation.
    title_possessive: styledAs ? `${styledAs}'s [${movant.possessive}]` : movant.possessive,
    title_possessive_start: styledAs ? `${styledAs}'s [${movant.possessive}]` : movant.possessiveStart,
    /** For the order's title: the movant's own styling alone ("Appellant's"), as the motion was filed. */
    styled_possessive: styledAs ? `${styledAs}'s` : movant.possessive,
    names: movant.names,
    /** "Plaintiff Kevin Darnell Bryant" opening a sentence. */
    full_label_start: movant.fullLabel.charAt(0).toUpperCase() + movant.fullLabel.slice(1),
    description: hasDescription ? description : "",
    // Markdown (printed raw): names are escaped here.
    descriptor_possessive: firstMention,
    /** When the introduction defines a short name: "the motion of <introduction>". Markdown. */
    introduction: movant.introducesShortName
      ? `${movant.isProSe ? `${latin.pro_se} ` : ""}${escapeMarkdown(movant.introduction)}`
      : "",
    is_plural: !singular,
    s_seeks: verb("seeks", "seek"),
    s_asks: verb("asks", "ask"),
    s_invokes: verb("invokes", "invoke"),
    s_does: verb("does", "do"),
    s_has: verb("has", "have"),
    s_presents: verb("presents", "present"),
    s_proposes: verb("proposes", "propose"),
    opponent_label: opponent.label,
  };
}
