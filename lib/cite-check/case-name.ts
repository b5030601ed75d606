import type { Span } from "./types";

/**
 * Reads a case name backwards from the comma before its citation ("…relief." Moore v. Brewster|,
 * 96 F.3d 1240): capitalized words, abbreviations and the small words of names ("of", "the", "&")
 * belong to it; a signal, a lowercase word, a closing quotation, a parenthesis or a sentence's end
 * does not. "Gugliuzza v. FTC (In re Gugliuzza)" keeps its parenthetical.
 */

/** Abbreviations that end in a period inside a name (Bluebook T6, T10) and do not end a sentence. */
const NAME_ABBREVIATIONS = new Set(
  (
    "Co. Inc. Corp. Bros. Bd. Trs. Univ. Cnty. Comm'n Nat'l Ins. Litig. Fin. Ltd. Dep't Ass'n Int'l Sys. " +
    "Servs. Mfg. Elec. Auth. Dist. Sch. Cal. Ill. Or. Tex. Fla. Ariz. Wash. Mass. Mich. Pa. Va. Ga. Ala. " +
    "Md. Minn. Mo. Wis. Ky. Tenn. La. Miss. Okla. Colo. Conn. Del. Haw. Idaho Ind. Iowa Kan. Me. Mont. " +
    "Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Ohio R.I. S.C. S.D. Utah Vt. W. Va. Wyo. U.S. L.L.C. L.P. " +
    "Envtl. Gov't Hosp. Indus. Mut. Prods. Ry. Sec. Tel. Transp. Am. Ctr. Cmty. Coll. Comm. Cont'l Corr. " +
    "Dev. Distrib. Div. Educ. Enter. Equip. Exch. Exp. Fed. Gen. Grp. Hous. Info. Inv. Lab. Liab. Maint. " +
    "Mgmt. Med. Mkt. Mktg. Ne. Nw. Org. Pac. P'ship Pers. Pharm. Prop. Prot. Pub. Reg'l Rehab. Res. " +
    "Ret. Rd. Sav. Se. Soc'y Sw. Tech. Twp. Unif. Util. St. Ste. Mt. Ft. Jr. Sr. No. Co., " +
    "Acad. Admin. Adm'r Advert. Agric. All. Ams. Ann. App. Arb. Assoc. Assocs. Atl. Att'y Auto. Ave. Bankr. " +
    "Bhd. Bldg. Bus. Cas. Cent. Chem. Chi. Civ. Comm'r Commc'n Commc'ns Comp. Condo. Consol. Const. Constr. " +
    "Coop. Cos. Ctrs. Def. Dir. Econ. Emps. Eng'g Eng'rs Enters. Ent. Equal. Est. Exam'r Exec. Expl. Fam. " +
    "Fed'n Fid. Guar. Hosps. Imp. Indem. Indep. Inst. Invs. Jud. Juv. Legis. Loc. Mach. Mar. Merch. Metro. " +
    "Mortg. Mun. Nos. Off. Par. Pat. Phila. Prob. Proc. Prod. Prof'l Psych. Rec. Ref. Regul. Reprod. Rest. " +
    "Rev. Rts. Sci. Serv. Soc. Sol. Sols. Sta. Subcomm. Sur. Telecomm. Temp. Transcon. Tr. Tpk. Vill. " +
    "Bos. Phx. L.A. S.F. D.C."
  ).split(" "),
);

/** Small words that belong inside a name; "in" too, for a foreign name ("… Lauro in Amministrazione"), dropped when it opens one. */
const NAME_CONNECTORS = new Set([
  "in",
  "of",
  "the",
  "and",
  "&",
  "for",
  "de",
  "del",
  "la",
  "ex",
  "rel.",
  "re",
  "on",
  "to",
  "d/b/a",
]);

/** Capitalized words that open a sentence or a clause, not a name. */
const NOT_NAME_WORDS = new Set([
  "See",
  "Cf.",
  "But",
  "Accord",
  "Compare",
  "Contra",
  "Under",
  "As",
  "Here",
  "Accordingly",
  "However",
  "Furthermore",
  "Moreover",
  "Thus",
  "Because",
  "Although",
  "Presumably",
  "Also",
  "Citing",
  "Quoting",
  "E.g.,",
  "The",
  "This",
  "That",
  "In",
  "Only",
  "Id.",
]);

/** True when a token (with any trailing comma) may stand inside a case name. */
function isNameToken(token: string, next: string | undefined): boolean {
  const word = token.replace(/,$/, "");
  if (word === "") return false;
  // "BP Expl. (Alaska) Inc.": a parenthesized place inside a name.
  if (/^\([A-Z][\w.' ]*\)$/.test(word)) return true;
  if (/["()\[\];:]/.test(word)) return false;
  if (word === "v." || word === "V." || word === "vs.") return true;
  if (NAME_CONNECTORS.has(word)) return true;
  if (word === "In" && next === "re") return true;
  if (word === "Ex" && next === "parte") return true;
  if (word === "parte") return true;
  if (NOT_NAME_WORDS.has(word)) return false;
  if (!/^[A-Z0-9&]/.test(word)) return false;
  // A capitalized word ending in a period ends a sentence unless it is an abbreviation or an initial.
  if (word.endsWith(".") && !token.endsWith(",")) {
    return NAME_ABBREVIATIONS.has(word) || /^[A-Z]\.$/.test(word) || /\.[-A-Za-z]/.test(word.slice(0, -1));
  }
  return true;
}

/**
 * The case name that ends at `end` (the index of the comma before the citation), or undefined.
 * At most `maxWords` words.
 */
export function caseNameBefore(text: string, end: number, maxWords = 24): (Span & { text: string }) | undefined {
  let start = end;
  let cursor = end;
  // "Gugliuzza v. FTC (In re Gugliuzza)": the parenthetical name belongs to the name.
  const inRe = /\((?:In re|Ex parte) [^()]{1,80}\)\s*$/.exec(text.slice(Math.max(0, end - 90), end));
  if (inRe) {
    cursor = end - inRe[0].length;
    start = cursor;
  }
  const tokens: { start: number; text: string }[] = [];
  let words = 0;
  while (words < maxWords) {
    let tokenEnd = cursor;
    while (tokenEnd > 0 && /\s/.test(text[tokenEnd - 1]!)) tokenEnd--;
    if (tokenEnd === 0) break;
    // A paragraph break ends the name.
    if (/\n\s*\n/.test(text.slice(tokenEnd, cursor))) break;
    let tokenStart = tokenEnd;
    while (tokenStart > 0 && !/\s/.test(text[tokenStart - 1]!)) tokenStart--;
    const token = text.slice(tokenStart, tokenEnd);
    const next = tokens[0]?.text;
    if (!isNameToken(token, next)) break;
    tokens.unshift({ start: tokenStart, text: token });
    start = tokenStart;
    cursor = tokenStart;
    words++;
  }
  // A name does not open with a connector or a lone "v.".
  while (tokens.length > 0 && /^(of|the|and|&|for|on|to|in|v\.|V\.|re)$/.test(tokens[0]!.text)) {
    tokens.shift();
    start = tokens[0]?.start ?? end;
  }
  if (tokens.length === 0 && !inRe) return undefined;
  const nameEnd = end;
  return { start, end: nameEnd, text: text.slice(start, nameEnd) };
}

/** A name with its whitespace collapsed and quotes made plain: what is compared. */
export const normalizeName = (name: string): string =>
  name.replace(/[’‘]/g, "'").replace(/\s+/g, " ").replace(/,$/, "").trim();
