/**
 * fast-check arbitraries for MotionDraft (lib/motion/schema.ts), built from the schema's real
 * shape. `readyDraft` is export-ready by construction (readiness() lists nothing), so no draw is
 * discarded: every answer an export needs is generated, and the dependent ones (which element may
 * stay unanswered, which stay decision may be left to the engine, who the movants are) are
 * repaired in one `map` rather than filtered. Every draft is run through `MotionDraftSchema.parse`.
 */
import fc from "fast-check";
import { CIRCUITS, districtsInCircuit } from "@/lib/courts";
import { LIMITS } from "@/lib/motion/fields";
import { StayDecisionSchema, StayKindSchema } from "@/lib/motion/stay-schema";
import {
  MotionDraftSchema,
  SCHEMA_VERSION,
  ReconsiderationRuleSchema,
  SubstantialGroundBasisSchema,
  type DocketEntry,
  type MotionDraft,
  type Party,
  type PropositionRef,
  type Question,
} from "@/lib/motion/schema";
import {
  AmendmentFormSchema,
  ElementsTogetherSchema,
  QuestionRulingSchema,
  RefusalGroundSchema,
} from "@/lib/motion/certification-variants-schema";
import { ALTERNATIVES, FORMULATIONS } from "@/lib/standards/formulations";
import { DocketCiteFormSchema, StyleProfileSchema, TitleFormSchema } from "@/lib/style/style-profile";
import { SLOT_IDS } from "@/lib/standards/formulations/types";
import { clerkProse, hostileText, visibleText } from "./unicode-text";
import { furtherFor, furtherPlan } from "./other-rulings-arbitraries";

/**
 * Markers a clerk types in prose (lib/order/clerk-text.ts), mixed into clerk text: docket
 * references with odd pins, library cites, and cites to what the library does not hold (printed as typed).
 */
export const CLERK_MARKERS = [
  "[[doc 49-1 at 2]]",
  "[[see doc 19 at 2-3]]",
  "[[doc 44, 46]]",
  "[[cf doc 7]]",
  "[[doc 12 at 3 & 5]]",
  "[[doc 3 at *4 n.1]]",
  "[[doc 12 at 3 &amp; 5]]",
  "[[see doc 8 at 2 &lt;n.1&gt; &#42;]]",
  "[[doc 9 at {x} ]]",
  "[[cite see 28-usc-1292-b]]",
  "[[cite frap-5-a]]",
  "[[cite nonexistent-v-nobody#holding]]",
  "[[cite 28-usc-1292-b#no-such-proposition]]",
];

const DAY_MS = 86_400_000;
/** A calendar date between 1990 and 2035, as the schema's ISO form. */
export const isoDate = fc
  .integer({ min: Date.UTC(1990, 0, 1) / DAY_MS, max: Date.UTC(2035, 11, 31) / DAY_MS })
  .map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10));

/** "49" or "49-1", as the docket prints it. */
export const docketNumber = fc
  .tuple(fc.integer({ min: 1, max: 99_999 }), fc.option(fc.integer({ min: 1, max: 999 }), { nil: undefined }))
  .map(([entry, attachment]) => (attachment === undefined ? String(entry) : `${entry}-${attachment}`));

/** Clerk prose with markers now and then, under the clerk-text limit. */
export const clerkText: fc.Arbitrary<string> = fc
  .tuple(
    clerkProse(LIMITS.longText - 200),
    fc.array(fc.tuple(fc.constantFrom(...CLERK_MARKERS), fc.nat()), { maxLength: 2 }),
  )
  .map(([text, markers]) =>
    markers.reduce((out, [marker, at]) => {
      // Insert between UTF-16 units that are not a surrogate pair's halves.
      let cut = at % (out.length + 1);
      if (cut > 0 && /[\ud800-\udbff]/.test(out[cut - 1] ?? "")) cut -= 1;
      return out.slice(0, cut) + marker + out.slice(cut);
    }, text),
  );

const shortText = hostileText(LIMITS.shortText, 12);
const answeredShortText = visibleText(LIMITS.shortText);
const nameText = visibleText(LIMITS.name);
const bool = fc.boolean();

type Side = Party["side"];
const partyFields = (side: Side) =>
  fc.record(
    {
      name: nameText,
      side: fc.constant(side),
      textName: nameText,
      isProSe: bool,
      isPrisoner: bool,
      inFormaPauperis: bool,
    },
    { requiredKeys: ["name", "side"] },
  );

/** Both sides' parties (1-4 each, named), now and then an unnamed one, and who moves. */
const partiesAndMovants = fc
  .tuple(
    fc.array(partyFields("plaintiff"), { minLength: 1, maxLength: 4 }),
    fc.array(partyFields("defendant"), { minLength: 1, maxLength: 4 }),
    fc.option(
      fc.constantFrom<Side>("plaintiff", "defendant").map((side) => ({ name: "", side })),
      { freq: 8, nil: undefined },
    ),
    fc.array(bool, { minLength: 9, maxLength: 9 }),
    fc.nat(),
  )
  .map(([plaintiffs, defendants, unnamed, mask, pick]) => {
    const parties: Party[] = [...plaintiffs, ...defendants, ...(unnamed ? [unnamed] : [])].map((party, i) => ({
      id: `party-${i}`,
      ...party,
    }));
    const chosen = parties.filter((_, i) => mask[i]).map((party) => party.id);
    // At least one movant that exists (readiness), often the whole of one side, sometimes both sides.
    const movantPartyIds = chosen.length > 0 ? chosen : [parties[pick % parties.length]!.id];
    return { parties, movantPartyIds };
  });

type Outcome = "met" | "not-met" | "unanswered";
const outcome = fc.constantFrom<Outcome>("met", "not-met", "unanswered");
const reasoning = { reasoning: clerkText };

/** Answers that make "controlling question of law" come out as `status`. */
const controllingQuestionFor = (status: Outcome) =>
  status === "met"
    ? fc.record(
        { isPureQuestionOfLaw: fc.constant(true), couldMateriallyAffectOutcome: fc.constant(true), ...reasoning },
        { requiredKeys: ["isPureQuestionOfLaw", "couldMateriallyAffectOutcome"] },
      )
    : status === "not-met"
      ? fc.oneof(
          fc.record(
            { isPureQuestionOfLaw: fc.constant(false), couldMateriallyAffectOutcome: bool, ...reasoning },
            { requiredKeys: ["isPureQuestionOfLaw"] },
          ),
          fc.record(
            { isPureQuestionOfLaw: fc.constant(true), couldMateriallyAffectOutcome: fc.constant(false), ...reasoning },
            { requiredKeys: ["couldMateriallyAffectOutcome"] },
          ),
        )
      : fc.record({ isPureQuestionOfLaw: fc.constant(true), ...reasoning }, { requiredKeys: [] });

const LISTED_GROUNDS = SubstantialGroundBasisSchema.options.filter(
  (basis) => basis !== "none" && basis !== "stated-in-reasons",
);
/** Reasons a clerk must give (readiness counts them answered): a visible word, then any clerk prose. */
const givenReasons = fc.tuple(visibleText(200, 4), clerkText).map(([words, prose]) => `${words} ${prose}`);

const substantialGroundFor = (status: Outcome) =>
  status === "met"
    ? fc.oneof(
        fc.record(
          { basis: fc.constantFrom(...LISTED_GROUNDS), isMereDisagreement: fc.constant(false), ...reasoning },
          { requiredKeys: ["basis"] },
        ),
        // Found in the court's own reasons, on no listed ground: the reasons are then required.
        fc.record(
          {
            basis: fc.constant("stated-in-reasons" as const),
            isMereDisagreement: fc.constant(false),
            reasoning: givenReasons,
          },
          { requiredKeys: ["basis", "reasoning"] },
        ),
      )
    : status === "not-met"
      ? fc.oneof(
          fc.record(
            {
              isMereDisagreement: fc.constant(true),
              basis: fc.constantFrom(...SubstantialGroundBasisSchema.options),
              ...reasoning,
            },
            { requiredKeys: ["isMereDisagreement"] },
          ),
          fc.record(
            { basis: fc.constant("none" as const), isMereDisagreement: fc.constant(false), ...reasoning },
            { requiredKeys: ["basis"] },
          ),
        )
      : fc.record({ isMereDisagreement: fc.constant(false), ...reasoning }, { requiredKeys: [] });

const materiallyAdvanceFor = (status: Outcome) =>
  status === "met"
    ? fc.record(
        { wouldMateriallyAdvance: fc.constant(true), isTrialImminent: fc.constant(false), ...reasoning },
        { requiredKeys: ["wouldMateriallyAdvance"] },
      )
    : status === "not-met"
      ? fc.oneof(
          fc.record(
            { isTrialImminent: fc.constant(true), wouldMateriallyAdvance: bool, ...reasoning },
            { requiredKeys: ["isTrialImminent"] },
          ),
          fc.record(
            { wouldMateriallyAdvance: fc.constant(false), isTrialImminent: fc.constant(false), ...reasoning },
            { requiredKeys: ["wouldMateriallyAdvance"] },
          ),
        )
      : fc.record({ isTrialImminent: fc.constant(false), ...reasoning }, { requiredKeys: [] });

/**
 * The three elements' outcomes and the order of analysis. An element may stay unanswered only
 * where the court does not reach it: stopping at a failure (the default) with some element not met.
 */
const elementsPlan = fc
  .tuple(
    fc.constantFrom(undefined, "stop-at-first-failure" as const, "all-elements" as const),
    outcome,
    outcome,
    outcome,
  )
  .map(([order, ...outcomes]) => {
    const mayLeaveUnanswered = order !== "all-elements" && outcomes.includes("not-met");
    const statuses = outcomes.map((status) => (status === "unanswered" && !mayLeaveUnanswered ? "met" : status)) as [
      Outcome,
      Outcome,
      Outcome,
    ];
    return { order, statuses };
  });

/** A question as asked, now and then restated by the court, ruled on and (when refused) with a ground and reasons. */
const questionFields = fc.record(
  {
    text: clerkText,
    restatedText: clerkText,
    ruling: fc.constantFrom(...QuestionRulingSchema.options),
    refusedFor: fc.constantFrom(...RefusalGroundSchema.options),
    refusalReasoning: givenReasons,
  },
  { requiredKeys: ["text", "refusalReasoning"] },
);
const questions: fc.Arbitrary<Question[]> = fc
  .array(questionFields, { maxLength: 4 })
  .map((fields) => fields.map((question, i) => ({ id: `question-${i}`, ...question })));

const docketEntries: fc.Arbitrary<DocketEntry[]> = fc
  .array(
    fc.record(
      {
        number: docketNumber,
        alsoNumbers: fc.array(docketNumber, { maxLength: 3 }),
        date: isoDate,
        docketText: clerkText,
        narrative: clerkText,
        continuesParagraph: bool,
        omitDatePrefix: bool,
      },
      { requiredKeys: [] },
    ),
    { maxLength: 6 },
  )
  .map((entries) => entries.map((entry, i) => ({ id: `entry-${i}`, ...entry })));

/** Slot choices the wizard offers: any circuit's default or alternative propositions for a slot. */
const offeredRefs: Record<string, PropositionRef[]> = {};
for (const slot of SLOT_IDS) {
  const pool = [...Object.values(FORMULATIONS), ...Object.values(ALTERNATIVES)].flatMap(
    (formulation) => formulation[slot] ?? [],
  );
  if (pool.length > 0) offeredRefs[slot] = pool;
}
const slotChoices = fc
  .dictionary(fc.constantFrom(...Object.keys(offeredRefs)), fc.constant(null), { maxKeys: 4 })
  .chain((keys) =>
    fc.record(
      Object.fromEntries(
        Object.keys(keys).map((slot) => [
          slot,
          fc.subarray(offeredRefs[slot]!, { maxLength: Math.min(6, offeredRefs[slot]!.length) }),
        ]),
      ),
    ),
  );

/** Font names that try to break out of the preview's CSS string (a font name is chambers-typed text too). */
export const HOSTILE_FONTS = [
  'x";background:url(https://evil.example/t.png);"',
  'x\\";color:red;content:"',
  "</style><script>alert(1)</script>",
  "Arial'; x: y",
];

/** A partial style profile. */
const styleOverrides = fc.record(
  {
    paper: fc.constantFrom("plain" as const, "pleading-28" as const),
    font: fc.oneof(
      fc.constantFrom("Times New Roman", "Century Schoolbook", "Arial", "Courier New", ...HOSTILE_FONTS),
      visibleText(80, 4),
    ),
    fontSizePt: fc.integer({ min: 8, max: 16 }),
    lineSpacing: fc.constantFrom("double" as const, "one-and-half" as const, "single" as const),
    captionLayout: fc.constantFrom("two-column" as const, "stacked" as const),
    headingStyle: fc.constantFrom(...StyleProfileSchema.shape.headingStyle.options),
    introductionHeading: bool,
    titleForm: fc.constantFrom(...TitleFormSchema.options),
    titleRuling: fc.constantFrom(...StyleProfileSchema.shape.titleRuling.options),
    decree: fc.record(
      {
        form: fc.constantFrom(...StyleProfileSchema.shape.decree.shape.form.options),
        numbered: bool,
        soOrdered: bool,
        motionByTitle: bool,
      },
      { requiredKeys: [] },
    ),
    docketCite: fc.record(
      {
        form: fc.constantFrom(...DocketCiteFormSchema.options),
        pinSeparator: fc.constantFrom(...StyleProfileSchema.shape.docketCite.shape.pinSeparator.options),
        useId: bool,
        label: fc.constantFrom("ECF Doc.", "Docket Entry", ""),
        wrap: fc.constantFrom("paren" as const, "bracket" as const, "none" as const),
        pinPrefix: fc.constantFrom("PageID.", ""),
        namesFilings: bool,
      },
      { requiredKeys: [] },
    ),
    titleDocketRef: fc.constantFrom("none" as const, "parenthetical" as const, "bracket-line" as const),
    boldDispositionVerbs: bool,
    italicizeLatin: bool,
    introOpening: fc.constantFrom("this-matter" as const, "presently-before" as const, "pending-before" as const),
    signature: fc.record(
      {
        form: fc.constantFrom("s-slash" as const, "hon" as const, "caps-name" as const),
        titleCase: fc.constantFrom("upper" as const, "title" as const),
        dateLine: bool,
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

const rule = fc.constantFrom(...ReconsiderationRuleSchema.options);

/** A further order under review (issue 12, item 2): dated, cited, now and then decided apart from the first. */
const furtherOrder = fc.record(
  {
    date: isoDate,
    docketNumber,
    decided: clerkText,
    certificationDecision: fc.constantFrom("grant" as const, "deny" as const),
  },
  { requiredKeys: [] },
);

/** A further motion decided in the same order: its own movants (picked among the parties), citations and ruling. */
const furtherMotion = fc.record(
  {
    titleAsFiled: shortText,
    movantPicks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
    filedDate: isoDate,
    docketNumber,
    oppositionDocketNumber: docketNumber,
    replyDocketNumber: docketNumber,
    reliefSought: clerkText,
    decision: fc.constantFrom("grant" as const, "deny" as const),
  },
  { requiredKeys: ["movantPicks", "decision"] },
);

/** Any district, each regional circuit as likely as another (the D.C. Circuit has one district, the Ninth fifteen). */
const district = fc
  .constantFrom(...CIRCUITS.map((circuit) => circuit.id).filter((id) => id !== "fed"))
  .chain((circuit) => fc.constantFrom(...districtsInCircuit(circuit).map((d) => d.id)));

/** An export-ready draft: any district (so any circuit, the Federal Circuit too), any findings and companion requests. */
export const readyDraft: fc.Arbitrary<MotionDraft> = fc
  .record({
    court: fc.record(
      {
        districtId: district,
        caseNumber: answeredShortText,
        natureOfAction: shortText,
        isWithinFederalCircuitJurisdiction: bool,
      },
      { requiredKeys: ["districtId", "caseNumber"] },
    ),
    judge: fc.record(
      {
        name: answeredShortText,
        title: fc.constantFrom("district" as const, "magistrate" as const, "senior" as const, "chief" as const),
        consentUnder636c: bool,
      },
      { requiredKeys: ["name", "title"] },
    ),
    parties: partiesAndMovants,
    orderUnderReview: fc.record(
      {
        date: isoDate,
        docketNumber,
        decided: clerkText,
        isFinalJudgment: bool,
        enteredBy: fc.constantFrom("district-judge" as const, "magistrate-judge" as const),
      },
      { requiredKeys: ["date"] },
    ),
    motion: fc.record(
      {
        titleAsFiled: answeredShortText,
        movantStyledAs: shortText,
        movantsShortName: shortText,
        filedDate: isoDate,
        docketNumber,
        attachmentNumbers: fc.array(docketNumber, { maxLength: 3 }),
        isExParte: bool,
        oppositionDocketNumber: docketNumber,
        replyDocketNumber: docketNumber,
        reliefSought: clerkText,
      },
      { requiredKeys: ["titleAsFiled", "docketNumber", "attachmentNumbers"] },
    ),
    furtherOrders: fc.option(fc.array(furtherOrder, { minLength: 1, maxLength: 3 }), { freq: 3, nil: undefined }),
    furtherMotions: fc.option(fc.array(furtherMotion, { minLength: 1, maxLength: 3 }), { freq: 3, nil: undefined }),
    motionsDecidedTogether: fc.option(bool, { freq: 2, nil: undefined }),
    docketEntries,
    elements: elementsPlan.chain(({ order, statuses }) =>
      fc.record({
        order: fc.constant(order),
        controllingQuestion: controllingQuestionFor(statuses[0]),
        substantialGround: substantialGroundFor(statuses[1]),
        materiallyAdvance: materiallyAdvanceFor(statuses[2]),
      }),
    ),
    certification: fc.record(
      {
        questions,
        decision: fc.constantFrom("grant" as const, "grant-in-part" as const, "deny" as const),
        discretionaryDenialReasoning: clerkText,
        untimeliness: fc.record({ isUntimely: bool, reasoning: clerkText }, { requiredKeys: [] }),
        elementsDiscussedTogether: fc.constantFrom(...ElementsTogetherSchema.options),
        stayProceedingsOnGrant: bool,
        statusReportDays: fc.integer({ min: 1, max: 120 }),
        exceptionalCircumstancesReasoning: clerkText,
      },
      { requiredKeys: ["questions", "decision"] },
    ),
    reconsideration: fc.record(
      {
        requested: bool,
        ruleInvoked: rule,
        ruleApplied: rule,
        localRule: shortText,
        newEvidence: bool,
        clearErrorOrManifestInjustice: bool,
        interveningChangeInLaw: bool,
        extraordinaryCircumstances: bool,
        movantArgument: clerkText,
        reasoning: clerkText,
        decision: fc.constantFrom("grant" as const, "deny" as const),
      },
      { requiredKeys: ["decision"] },
    ),
    stay: fc.record(
      {
        requested: bool,
        kind: fc.constantFrom(...StayKindSchema.options),
        likelySuccess: bool,
        irreparableInjury: bool,
        substantialInjuryToOthers: bool,
        publicInterestFavorsStay: bool,
        reasoning: clerkText,
        decision: fc.constantFrom(...StayDecisionSchema.options),
        placement: fc.constantFrom("section" as const, "footnote" as const, "with-motion" as const),
        partGranted: answeredShortText,
        otherCourt: answeredShortText,
        orderStayed: fc.constantFrom("order" as const, "execution" as const),
        liftAction: fc.constantFrom("lift" as const, "vacate" as const),
        liftMovant: nameText,
        stayInPlaceDocketNumber: docketNumber,
        statusReportBy: fc.constantFrom("days" as const, "date" as const),
        statusReportDays: fc.integer({ min: 1, max: 365 }),
        statusReportDate: isoDate,
        requestCite: fc.oneof(
          docketNumber.map((n) => `${n} at 4`),
          shortText,
        ),
      },
      { requiredKeys: [] },
    ),
    amendment: fc.record(
      { requested: bool, form: fc.constantFrom(...AmendmentFormSchema.options) },
      { requiredKeys: [] },
    ),
    successive: fc.record(
      {
        isSuccessive: bool,
        priorDenialDocketNumber: docketNumber,
        priorDenialDate: isoDate,
        raisesNewGrounds: bool,
        reasoning: clerkText,
      },
      { requiredKeys: [] },
    ),
    slotChoices: fc.option(slotChoices, { freq: 3, nil: undefined }),
    orderDate: isoDate,
    styleOverrides: fc.option(styleOverrides, { freq: 2, nil: undefined }),
    further: furtherPlan,
  })
  .map((plan): MotionDraft => {
    const { court, judge, parties, elements, certification, orderDate } = plan;
    // A stay decision may be left to the engine only where it decides one (readiness): with
    // certification denied (moot) or granted with proceedings stayed.
    // Only a stay that waits for the appeal (the two kinds version 2 knew) is decided by the ruling.
    const waitsForAppeal =
      plan.stay.kind === undefined || plan.stay.kind === "proceedings" || plan.stay.kind === "order-pending-appeal";
    const engineDecidesStay =
      waitsForAppeal && (certification.decision === "deny" || certification.stayProceedingsOnGrant === true);
    const stay =
      plan.stay.requested === true && plan.stay.decision === undefined && !engineDecidesStay
        ? { ...plan.stay, decision: "deny" as const }
        : plan.stay;
    const draft: MotionDraft = {
      schemaVersion: SCHEMA_VERSION,
      case: { ...court, judge, parties: parties.parties },
      orderUnderReview: plan.orderUnderReview,
      motion: { ...plan.motion, movantPartyIds: parties.movantPartyIds },
      ...(plan.furtherOrders
        ? { furtherOrders: plan.furtherOrders.map((order, i) => ({ id: `order-${i + 2}`, ...order })) }
        : {}),
      ...(plan.furtherMotions
        ? {
            furtherMotions: plan.furtherMotions.map(({ movantPicks, ...motion }, i) => ({
              id: `motion-${i + 2}`,
              ...motion,
              // Movants among the parties, any side (a further motion is often the other group of defendants).
              movantPartyIds: [
                ...new Set(movantPicks.map((pick) => parties.parties[pick % parties.parties.length]!.id)),
              ],
            })),
          }
        : {}),
      ...(plan.motionsDecidedTogether === undefined ? {} : { motionsDecidedTogether: plan.motionsDecidedTogether }),
      docketEntries: plan.docketEntries,
      certification: {
        ...certification,
        questions: ruledQuestions(certification.questions, certification.decision),
        controllingQuestion: elements.controllingQuestion,
        substantialGround: elements.substantialGround,
        materiallyAdvance: elements.materiallyAdvance,
      },
      reconsideration: plan.reconsideration,
      stay,
      amendment: plan.amendment,
      successive: plan.successive,
      analysis: {
        ...(elements.order ? { order: elements.order } : {}),
        ...(plan.slotChoices ? { slotChoices: plan.slotChoices } : {}),
      },
      orderDate,
      ...(plan.styleOverrides ? { styleOverrides: plan.styleOverrides } : {}),
      ...furtherFor(
        plan.further,
        parties.parties.map((party) => party.id),
      ),
    };
    // The generator's contract: whatever it builds is a draft the schema accepts.
    return MotionDraftSchema.parse(draft);
  });

/**
 * On a grant in part each question stated needs its ruling (readiness), a refused one its reasons
 * (generated given); elsewhere a ruling is the clerk's to give or not.
 */
function ruledQuestions(questions: Question[], decision: MotionDraft["certification"]["decision"]): Question[] {
  if (decision !== "grant-in-part") return questions;
  return questions.map((question, i) =>
    question.ruling ? question : { ...question, ruling: i % 2 ? "refuse" : "certify" },
  );
}

/** Answers the preview must cope with missing: each one a clerk may not have given yet. */
const CLEARABLE: readonly ((draft: MotionDraft) => void)[] = [
  (d) => delete d.case.districtId,
  (d) => delete d.case.caseNumber,
  (d) => delete d.case.judge.name,
  (d) => delete d.case.judge.title,
  (d) => (d.case.parties = []),
  (d) => (d.motion.movantPartyIds = []),
  (d) => delete d.orderUnderReview.date,
  (d) => delete d.motion.titleAsFiled,
  (d) => delete d.motion.docketNumber,
  (d) => (d.certification.controllingQuestion = {}),
  (d) => (d.certification.substantialGround = {}),
  (d) => (d.certification.materiallyAdvance = {}),
  (d) => delete d.certification.decision,
  (d) => delete d.reconsideration.decision,
  (d) => delete d.stay.decision,
  (d) => delete d.orderDate,
  (d) => d.furtherMotions?.forEach((motion) => delete motion.decision),
  (d) => d.furtherOrders?.forEach((order) => delete order.date),
];

/** A valid draft that may be incomplete, as the live preview sees it while the clerk types. */
export const incompleteDraft: fc.Arbitrary<MotionDraft> = fc
  .tuple(readyDraft, fc.subarray([...CLEARABLE.keys()], { minLength: 1 }))
  .map(([draft, cleared]) => {
    const copy = structuredClone(draft);
    for (const i of cleared) CLEARABLE[i]!(copy);
    return MotionDraftSchema.parse(copy);
  });
