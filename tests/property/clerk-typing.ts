/**
 * Drafts as a law clerk types them: realistic words, typed carelessly. A question typed as a
 * sentence ("Whether …?", "whether … law."), a motion's title typed with its movant ("Defendant's
 * Motion to …"), the relief sought as a phrase or a sentence (with or without its period),
 * captions with "et al.", short names and roles, sentences with their own periods, and answers
 * left out; now and then a footnote the clerk wrote ("[[fn …]]"). Everything else (court, circuit, findings, companion requests, style) comes from
 * `readyDraft`, so every draft is export-ready.
 */
import fc from "fast-check";
import { MotionDraftSchema, type MotionDraft, type Party } from "@/lib/motion/schema";
import { readyDraft } from "./arbitraries";
import { furtherFor, furtherTyping } from "./other-rulings-arbitraries";

const pick = <T>(...values: T[]) => fc.constantFrom(...values);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });

const PERSONS = [
  "James Linlor",
  "Maria Lopez",
  "Kevin Darnell Bryant",
  "Bonnie Crankshaw",
  "Melanie Nixon",
  "Shirley McLaurin",
];
const ENTITIES = [
  "Futero, Inc.",
  "Acme Widgets, Inc.",
  "City of Elgin",
  "State Farm Mutual Automobile Insurance Company",
  "Sephora USA, Inc.",
  "Orrstown Financial Services, Inc.",
  "Northwind Data LLC",
  "Hardin County Board of Education",
];
const GROUPS = [
  "Wood, et al.",
  "P. Gallagher, et al.",
  "Orrstown Financial Services, Inc., et al.",
  "DOES 1-9",
  "State of Louisiana, et al.",
];
const SHORT_NAMES = ["Sephora", "State Farm", "Elgin", "the Orrstown Defendants", "IDC", "the Board"];
const CAPACITIES = [
  "as assignee of TAMIKA BURRELL",
  "individually and as parent and next friend of A.N.",
  "by his conservator, ANGELA BLIZZARD",
];
const ROLES = [
  "petitioner",
  "respondent",
  "relator",
  "intervenor",
  "third-party-defendant",
  "counter-claimant",
  "judgment-debtor",
  "united-states",
] as const;

const partyName = fc.oneof(
  { weight: 3, arbitrary: pick(...PERSONS) },
  { weight: 3, arbitrary: pick(...ENTITIES) },
  pick(...GROUPS),
);

/** A party as a clerk enters it: a name, now and then a role, a short name, a capacity, or a guess at "several". */
const party = (side: Party["side"]) =>
  fc.record(
    {
      name: partyName,
      side: fc.constant(side),
      role: maybe(pick(...ROLES)),
      shortName: maybe(pick(...SHORT_NAMES)),
      // Named one way in the caption and another in the text (corpus 22).
      textName: maybe(pick("Hardin County, Tennessee Board of Education", "Acme Widgets Corporation")),
      capacity: maybe(pick(...CAPACITIES)),
      isSeveral: maybe(fc.boolean()),
      isProSe: maybe(fc.boolean()),
    },
    { requiredKeys: ["name", "side"] },
  );

const QUESTION_STEMS = [
  "federal law preempts the state's licensing statute",
  "a partial assignment of benefits leaves the insurer and the provider in privity",
  "but-for causation governs a retaliation claim under the Family and Medical Leave Act",
  "the statute of repose bars claims reasserted in an amended complaint",
  "Miss. Code Ann. § 93-13-27 requires a conservator to obtain chancery-court authority",
];
/** A question as typed: "Whether …?", "whether ….", "Whether …", or a direct question. */
const question = fc
  .tuple(pick(...QUESTION_STEMS), pick("Whether ", "whether ", "WHETHER "), pick("?", ".", "", " ?", "?."))
  .map(([stem, opening, end]) => `${opening}${stem}${end}`);
const directQuestion = pick(
  "Does federal law preempt the licensing statute?",
  "Is the arbitration agreement enforceable?",
);

const TITLES = [
  "Motion to Certify Order for Interlocutory Appeal",
  "Defendant's Motion to Certify Order for Interlocutory Appeal",
  "Defendants' Motion for Certification of Interlocutory Appeal",
  "Plaintiffs' Motion to Amend Order to Certify Interlocutory Appeal",
  "DEFENDANT'S MOTION TO CERTIFY FOR INTERLOCUTORY APPEAL",
  "Joint Motion for Certification of Order for Interlocutory Appeal",
  "Defendant State Farm's Motion to Certify the Court's Summary Judgment Orders for Immediate Appeal",
  "Appellant's Application for Interlocutory Appeal",
  "Motion for Reconsideration or, in the Alternative, to Certify the March 1 Order",
];

const RELIEF = [
  "to certify the March 1 order for interlocutory appeal",
  "to certify the order for appeal and to stay the case.",
  "certification of the order and a stay of proceedings",
  "asks the Court to certify the order",
  "Defendant asks the Court to certify the order for an immediate appeal",
  "Defendant asks the Court to certify the order for an immediate appeal.",
  "Specifically, the movant asks the Court to certify its ruling. [[doc 45 at 2]]",
  // A clerk's footnote, with a docket cite inside it.
  "to certify the order for appeal[[fn The motion was filed within the time the Court allowed. [[doc 40]]]]",
];

const SENTENCES = [
  "The question turns on the meaning of the statute, not on any disputed fact",
  "The Court of Appeals has not addressed the question.",
  "Discovery has not begun, and an answer now would narrow the case.",
  "the movant merely disagrees with the ruling.",
  "Trial is set for next month. [[doc 88]]",
  "Other courts in this district have reached different results [[doc 62 at 7-10]]",
  "An appeal now would not shorten the litigation",
  // Clerk footnotes: after the period, before it, and holding a docket cite.
  "The Court of Appeals has not addressed the question.[[fn Nor has any other circuit. [[doc 62 at 7]]]]",
  "Discovery is nearly complete[[fn The parties agree on this point.]]",
];
const prose = fc.oneof(
  { weight: 3, arbitrary: pick(...SENTENCES) },
  fc.tuple(pick(...SENTENCES), pick(...SENTENCES)).map(([a, b]) => `${a}\n\n${b}`),
);

const NARRATIVES = [
  "Plaintiff filed the complaint.",
  "the Court denied Defendants' motion to dismiss",
  "Defendants moved to dismiss. [[doc 12]]",
  "the Court entered the order under review.",
  "The Ninth Circuit issued its mandate.",
  "Defendants answered.[[fn The answer was filed late. [[doc 14]]]]",
];
const DECIDED = [
  "denying Defendants' motion to dismiss",
  "granting in part the motion to dismiss.",
  "denying summary judgment on the First Amendment claims",
];
const ORDER_TITLES = [
  "Memorandum and Order",
  "RULING AND ORDER",
  "Opinion & Order",
  "Order Certifying Question for Interlocutory Appeal",
];

/** What a stay waits for, as typed after "pending" (with or without the period a clerk adds). */
const OTHER_COURTS = [
  "the Ninth Circuit's decision in Doe v. Roe, No. 24-100",
  "the Supreme Court's decision in Smith v. Jones.",
  "resolution of the related state-court action",
  "the Judicial Panel on Multidistrict Litigation's ruling on transfer",
];
/** The part of a stay granted, as typed after "as to". */
const PARTS = [
  "discovery on Count III",
  "the state-law claims.",
  "all deadlines in the scheduling order",
  "Defendant Wood",
];

/** The clerk's words for one draft. */
const typing = fc.record({
  plaintiffs: fc.array(party("plaintiff"), { minLength: 1, maxLength: 3 }),
  defendants: fc.array(party("defendant"), { minLength: 1, maxLength: 3 }),
  movantSides: pick<("plaintiff" | "defendant")[]>(["plaintiff"], ["defendant"], ["plaintiff", "defendant"]),
  movantCount: fc.integer({ min: 1, max: 3 }),
  title: pick(...TITLES),
  // The movants called together by one name (corpus 14, "IDC"; 15, "the Orrstown Defendants").
  movantsShortName: maybe(pick("IDC", "the Orrstown Defendants", "the County Defendants", "Movants")),
  // The chambers names the motion by its filed title where it rules ("the Court GRANTS Defendant's Motion to …").
  motionByTitle: maybe(fc.boolean()),
  relief: maybe(pick(...RELIEF)),
  // Objections to a magistrate judge's order asking certification (Rule 72(a)): sustained or overruled.
  objection: maybe(
    pick("Objections to the Magistrate Judge's Order", "Defendant's Objection to Magistrate Judge's Order"),
  ),
  questions: fc.array(fc.oneof({ weight: 4, arbitrary: question }, directQuestion), { maxLength: 3 }),
  decided: maybe(pick(...DECIDED)),
  narratives: fc.array(fc.tuple(pick(...NARRATIVES), fc.boolean()), { maxLength: 3 }),
  reasoning: fc.array(maybe(prose), { minLength: 9, maxLength: 9 }),
  // The certification variants: the court's restatement of each question, the reasons it refuses one, and on delay.
  restatements: fc.array(maybe(fc.oneof(question, directQuestion)), { minLength: 3, maxLength: 3 }),
  refusalReasons: fc.array(prose, { minLength: 3, maxLength: 3 }),
  untimelinessReasoning: maybe(prose),
  natureOfAction: maybe(pick("civil rights action under 42 U.S.C. § 1983", "putative securities class action")),
  orderTitle: maybe(pick(...ORDER_TITLES)),
  requestCite: maybe(pick("49-1 at 4", "45")),
  // Further orders and motions (issue 12, item 2): what the order under review's and motion's own fields get.
  furtherDecided: fc.array(maybe(pick(...DECIDED)), { minLength: 3, maxLength: 3 }),
  furtherTitles: fc.array(maybe(pick(...TITLES)), { minLength: 3, maxLength: 3 }),
  furtherRelief: fc.array(maybe(pick(...RELIEF)), { minLength: 3, maxLength: 3 }),
  further: furtherTyping,
  otherCourt: maybe(pick(...OTHER_COURTS)),
  partGranted: maybe(pick(...PARTS)),
  liftMovant: maybe(
    fc.oneof(
      partyName,
      partyName.map((name) => `Defendant ${name}`),
    ),
  ),
});

const setOrDelete = <T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined) => {
  if (value === undefined) delete target[key];
  else target[key] = value;
};

/** An export-ready draft whose every printed text is typed as a clerk types it. */
export const carelessDraft: fc.Arbitrary<MotionDraft> = fc.tuple(readyDraft, typing).map(([base, t]) => {
  const draft = structuredClone(base);
  const parties: Party[] = [...t.plaintiffs, ...t.defendants].map((p, i) => ({ id: `party-${i}`, ...p }));
  draft.case.parties = parties;
  const candidates = parties.filter((p) => t.movantSides.includes(p.side));
  draft.motion.movantPartyIds = candidates.slice(0, t.movantCount).map((p) => p.id);
  draft.case.caseNumber = "1:23-cv-01234";
  draft.case.judge.name = "Jane Q. Smith";
  setOrDelete(draft.case, "natureOfAction", t.natureOfAction);
  draft.motion.titleAsFiled = t.objection ?? t.title;
  setOrDelete(draft.motion, "filedAs", t.objection ? "objection" : undefined);
  setOrDelete(draft.motion, "movantsShortName", t.movantsShortName);
  if (t.motionByTitle !== undefined) {
    const overrides = draft.styleOverrides ?? {};
    draft.styleOverrides = { ...overrides, decree: { ...overrides.decree, motionByTitle: t.motionByTitle } };
  }
  delete draft.motion.movantStyledAs;
  setOrDelete(draft.motion, "reliefSought", t.relief);
  setOrDelete(draft.orderUnderReview, "decided", t.decided);
  // Each question keeps the generated ruling (and ground) but in the clerk's words; a grant in part rules on each.
  draft.certification.questions = t.questions.map((text, i) => {
    const generated = base.certification.questions[i];
    const ruling =
      generated?.ruling ??
      (draft.certification.decision === "grant-in-part" ? (i % 2 ? "refuse" : "certify") : undefined);
    return {
      id: `q${i}`,
      text,
      ...(ruling ? { ruling } : {}),
      ...(generated?.refusedFor ? { refusedFor: generated.refusedFor } : {}),
      refusalReasoning: t.refusalReasons[i]!,
      ...(t.restatements[i] ? { restatedText: t.restatements[i] } : {}),
    };
  });
  if (draft.certification.untimeliness)
    setOrDelete(draft.certification.untimeliness, "reasoning", t.untimelinessReasoning);
  draft.docketEntries = t.narratives.map(([narrative, omitDate], i) => ({
    id: `e${i}`,
    number: String(10 + i),
    date: "2024-01-0" + (i + 1),
    narrative,
    ...(omitDate ? { omitDatePrefix: true } : {}),
    // Filings named for chambers that cite by name: "(Mot. Interloc. App., Dkt. 12)".
    ...(i % 2 === 0 ? { citeName: ["Mot. Interloc. App.", "Resp.", "Jury Verdict"][i % 3]! } : {}),
  }));
  const [cq, sg, ma, disc, exc, arg, rec, stay, succ] = t.reasoning;
  setOrDelete(draft.certification.controllingQuestion, "reasoning", cq);
  setOrDelete(draft.certification.substantialGround, "reasoning", sg);
  setOrDelete(draft.certification.materiallyAdvance, "reasoning", ma);
  setOrDelete(draft.certification, "discretionaryDenialReasoning", disc);
  setOrDelete(draft.certification, "exceptionalCircumstancesReasoning", exc);
  setOrDelete(draft.reconsideration, "movantArgument", arg);
  setOrDelete(draft.reconsideration, "reasoning", rec);
  delete draft.reconsideration.localRule;
  setOrDelete(draft.stay, "reasoning", stay);
  setOrDelete(draft.stay, "requestCite", t.requestCite);
  setOrDelete(draft.stay, "otherCourt", t.otherCourt);
  setOrDelete(draft.stay, "partGranted", t.partGranted);
  setOrDelete(draft.stay, "liftMovant", t.liftMovant);
  setOrDelete(draft.successive, "reasoning", succ);
  setOrDelete(draft, "orderTitle", t.orderTitle);
  draft.furtherOrders?.forEach((order, i) => setOrDelete(order, "decided", t.furtherDecided[i]));
  draft.furtherMotions?.forEach((motion, i) => {
    setOrDelete(motion, "titleAsFiled", t.furtherTitles[i]);
    setOrDelete(motion, "reliefSought", t.furtherRelief[i]);
    // Its movants among the parties typed here, the first motion's side or the other's.
    motion.movantPartyIds = [parties[(i + 1) % parties.length]!.id];
  });
  delete draft.otherRulings;
  delete draft.directions;
  delete draft.addedStandardSentences;
  Object.assign(
    draft,
    furtherFor(
      t.further,
      parties.map((p) => p.id),
    ),
  );
  return MotionDraftSchema.parse(draft);
});
