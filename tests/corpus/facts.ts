import type { MotionDraft } from "@/lib/motion/schema";
import type { Findings } from "@/lib/standards/types";
import { appellateCircuit } from "@/lib/standards/appellate-circuit";
import type { CorpusOrderFacts } from "./expect-schema";

/**
 * The facts of expect.json no check compares, each with why: descriptions for people, and notes on
 * the sources rather than facts of the order. Every other fact is checked wherever it is not null.
 */
export const NOT_COMPARED = {
  "judge.inferred": "says how the case file knows the judge, not what the order prints",
  "orderUnderReview.what": "a description in the case file's words; the order prints the clerk's own phrase",
  timeliness: "a description of the timing in the case file's words, not a finding the order prints",
  authorities:
    "the product cites its own verified library by circuit; which authorities a court chose is not a form the draft states",
  notes: "the case file's notes on its sources",
} as const;

/** One fact of a corpus order held against what the product printed for its fixture. */
export type FactCheck = { fact: string; expected: string; passes: boolean };

/** What the product made of a fixture: the Word order read back, and the findings behind it. */
export type RenderedOrder = {
  /** The .docx body text as mammoth reads it, with footnotes after it. */
  text: string;
  /** The order's title as typeset (where the caption ends and the body begins). */
  title: string;
  draft: MotionDraft;
  findings: Findings;
};

/** Typographer's quotes as straight, any run of spaces (non-breaking too) as one. */
export const normalize = (text: string) =>
  text
    .replace(/[\u00a0\s]+/g, " ")
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .trim();

const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z])/);

const longDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-US", {
    month: "long",
    day: "numeric",
    year: "numeric",
    timeZone: "UTC",
  });

const STOPWORDS = new Set(["of", "the", "for", "and", "in", "to"]);
const words = (text: string) =>
  normalize(text)
    .toLowerCase()
    .replace(/&/g, " and ")
    .split(/[^\p{L}\p{N}'.-]+/u)
    .map((word) => word.replace(/^[.']+|[,']+$/g, ""))
    .filter(Boolean);

/** An acronym ("NAACP") printed in full: the initials of consecutive words, small words skipped. */
function spelledOut(acronym: string, textWords: string[]): boolean {
  const letters = acronym.toLowerCase();
  return textWords.some((_, start) => {
    let initials = "";
    for (const word of textWords.slice(start)) {
      if (initials.length === 0 && STOPWORDS.has(word)) return false;
      if (STOPWORDS.has(word)) continue;
      initials += word[0];
      if (!letters.startsWith(initials)) return false;
      if (initials === letters) return true;
    }
    return false;
  });
}

/**
 * One side of a reporter's case name ("State Farm Mutual Automobile Insurance Co.", "Louisiana
 * State Conference of the NAACP") as the caption prints it in full: every word is printed, an
 * abbreviation ("Co.") as a word it abbreviates ("Company"), an acronym spelled out.
 */
export function captionNames(side: string, text: string): boolean {
  if (normalize(text).toLowerCase().includes(normalize(side).toLowerCase())) return true;
  const textWords = words(text);
  const printed = new Set(textWords.map((word) => word.replace(/\.$/, "")));
  return words(side)
    .filter((word) => !STOPWORDS.has(word))
    .every((word) => {
      const bare = word.replace(/\.$/, "");
      if (printed.has(bare)) return true;
      if (word.endsWith(".") && textWords.some((printedWord) => printedWord.startsWith(bare))) return true;
      return /^[a-z]{2,}$/.test(bare) && side.includes(bare.toUpperCase()) && spelledOut(bare, textWords);
    });
}

/** A docket cite as the court printed it, with or without the period a citation sentence ends with. */
export function printsDocketCite(cite: string, text: string): boolean {
  const bare = normalize(cite).replace(/\.([)\]])$/, "$1");
  const withPeriod = bare.replace(/([)\]])$/, ".$1");
  return text.includes(bare) || text.includes(withPeriod);
}

const CIRCUIT_IDS: Record<string, string> = { "Fed.": "fed", "D.C.": "dc" };
const JUDGE_TITLES = {
  district: "UNITED STATES DISTRICT JUDGE",
  senior: "SENIOR UNITED STATES DISTRICT JUDGE",
  chief: "CHIEF UNITED STATES DISTRICT JUDGE",
  magistrate: "UNITED STATES MAGISTRATE JUDGE",
} as const;

/** Each non-null fact of `facts` that a draft can state, checked against the rendered order. */
export function checkFacts(facts: CorpusOrderFacts, order: RenderedOrder): FactCheck[] {
  const text = normalize(order.text);
  const titleAt = text.toUpperCase().indexOf(normalize(order.title).toUpperCase());
  // The caption is what precedes the title; the body, the title and all after it.
  const caption = titleAt >= 0 ? text.slice(0, titleAt) : text;
  const body = titleAt >= 0 ? text.slice(titleAt) : text;
  const upper = text.toUpperCase();
  const { draft, findings } = order;
  const checks: FactCheck[] = [];
  const check = (fact: string, expected: string, passes: boolean) => checks.push({ fact, expected, passes });

  const [plaintiffs, defendants] = facts.name.split(" v. ");
  if (defendants === undefined) check("name", facts.name, captionNames(facts.name, caption));
  else {
    check("name.plaintiff", plaintiffs!, captionNames(plaintiffs!, caption));
    check("name.defendant", defendants, captionNames(defendants, caption));
  }
  check("court", facts.court, caption.toUpperCase().includes(facts.court.toUpperCase()));
  check("circuit", facts.circuit, appellateCircuit(draft) === (CIRCUIT_IDS[facts.circuit] ?? facts.circuit));
  check("caseNumber", facts.caseNumber, caption.includes(facts.caseNumber));
  if (facts.judge.name !== null) check("judge.name", facts.judge.name, upper.includes(facts.judge.name.toUpperCase()));
  if (facts.judge.title !== null) {
    const printed = Object.values(JUDGE_TITLES).filter((title) => upper.includes(title));
    check("judge.title", facts.judge.title, printed.at(-1) === JUDGE_TITLES[facts.judge.title]);
  }
  check(
    "judge.consent636c",
    String(facts.judge.consent636c),
    (draft.case.judge.consentUnder636c === true) === facts.judge.consent636c &&
      text.includes("636(c)") === facts.judge.consent636c,
  );
  check("orderDate", facts.orderDate, text.includes(longDate(facts.orderDate)));

  const movants = draft.case.parties.filter((party) => draft.motion.movantPartyIds.includes(party.id));
  const sides = new Set(movants.map((party) => party.side));
  check(
    "movant.side",
    facts.movant.side,
    facts.movant.side === "joint" ? sides.size === 2 : sides.size === 1 && sides.has(facts.movant.side),
  );
  check(
    "movant.proSe",
    String(facts.movant.proSe),
    movants.length > 0 && movants.every((party) => (party.isProSe === true) === facts.movant.proSe),
  );
  for (const name of facts.movant.names ?? []) check("movant.names", name, body.includes(normalize(name)));

  const underReview = facts.orderUnderReview;
  if (underReview.date !== null)
    check("orderUnderReview.date", underReview.date, body.includes(longDate(underReview.date)));
  if (underReview.docket !== null)
    check("orderUnderReview.docket", underReview.docket, printsDocketCite(underReview.docket, body));
  // A further order under review is certified in the decree with its own date.
  for (const also of underReview.also)
    check(
      "orderUnderReview.also",
      also.date ?? also.what,
      also.date !== null && sentences(body).some((s) => s.includes(longDate(also.date!)) && /\bCERTIFIED\b/.test(s)),
    );

  if (facts.questions !== null) {
    const questions = draft.certification.questions;
    check(
      "questions",
      String(facts.questions),
      questions.length === facts.questions &&
        questions.every((question) => body.toLowerCase().includes(normalize(question.text).toLowerCase())),
    );
  }
  const elements = Object.fromEntries(findings.certification.elements.map((e) => [e.element, e.status]));
  const elementIds = {
    controlling: "controlling-question",
    substantialGround: "substantial-ground",
    materiallyAdvance: "materially-advance",
  } as const;
  for (const [key, element] of Object.entries(elementIds) as [keyof typeof elementIds, string][]) {
    const expected = facts.elements[key];
    if (expected !== null) check(`elements.${key}`, expected, elements[element] === expected);
  }
  if (facts.analysis !== null)
    check(
      "analysis",
      facts.analysis,
      facts.analysis === "all-elements"
        ? findings.certification.elements.every((e) => e.status === "met" || e.status === "not-met")
        : findings.certification.notReached.length > 0,
    );

  const { dispositions } = facts;
  // The decree's verb, in any of the chambers' formulas ("is DENIED", "the Court DENIES").
  const verb = { granted: /\bGRANT(?:S|ED)\b/, denied: /\bDENIE[SD]\b/ } as const;
  // A grant in part is a grant of some questions: the disposition of certification itself says both.
  const certification = findings.certification.inPart ? "granted-in-part" : findings.certification.disposition;
  const inPart = /\bGRANT(?:S|ED) in part and DENIE[SD] in part\b/;
  check(
    "dispositions.certification",
    dispositions.certification,
    certification === dispositions.certification &&
      (dispositions.certification === "granted-in-part"
        ? sentences(body).some((s) => s.includes("certification") && inPart.test(s))
        : verb[dispositions.certification].test(body)),
  );
  if (dispositions.stay !== null) {
    const stay = findings.stay.disposition;
    const printed =
      dispositions.stay === "granted"
        ? /\bSTAYED\b/.test(body)
        : dispositions.stay === "denied"
          ? sentences(body).some((s) => s.includes("stay") && verb.denied.test(s))
          : dispositions.stay === "not-requested"
            ? !/\bSTAYED\b/.test(body)
            : false;
    check("dispositions.stay", dispositions.stay, stay === dispositions.stay && printed);
  }
  if (dispositions.reconsideration !== null) {
    const printed =
      dispositions.reconsideration === "not-requested" ||
      (dispositions.reconsideration in verb &&
        sentences(body).some(
          (s) => s.includes("reconsider") && verb[dispositions.reconsideration as keyof typeof verb].test(s),
        ));
    check(
      "dispositions.reconsideration",
      dispositions.reconsideration,
      findings.reconsideration.disposition === dispositions.reconsideration && printed,
    );
  }
  if (dispositions.amendmentFrap5a3 !== null) {
    const requested = draft.amendment.requested === true;
    const product = !requested
      ? "not-requested"
      : findings.certification.amendsOrderUnderReview && /\bAMENDED\b/.test(body)
        ? "granted"
        : findings.certification.disposition === "denied" && /\bamend\b/.test(body)
          ? "denied"
          : "undecided";
    check("dispositions.amendmentFrap5a3", dispositions.amendmentFrap5a3, product === dispositions.amendmentFrap5a3);
  }
  // "arguments for extending the deadline to file a notice of appeal: not reached (n.2)": a sentence
  // names the subject's last words ("notice of appeal") and rules as described ("not reach").
  for (const other of dispositions.other) {
    const [subject = "", ruling = ""] = other.split(":");
    const topic = subject.trim().split(/\s+/).slice(-3).join(" ").toLowerCase();
    const decided = ruling
      .replace(/\(.*\)/, "")
      .trim()
      .toLowerCase()
      .replace(/ed$/, "");
    check(
      "dispositions.other",
      other,
      sentences(text).some((s) => s.toLowerCase().includes(topic) && s.toLowerCase().includes(decided)),
    );
  }

  check("docketStyle", facts.docketStyle, printsDocketCite(facts.docketStyle, text));
  for (const phrase of facts.mustContain) check("mustContain", phrase, text.includes(normalize(phrase)));
  return checks;
}
