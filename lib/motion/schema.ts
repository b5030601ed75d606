import { z } from "zod";
import { FiledAsSchema } from "./filed-as-schema";
import { IsoDateSchema } from "@/lib/dates/iso-date";
import { StyleOverridesSchema } from "@/lib/style/style-overrides";
import { SignalSchema } from "@/lib/order-doc/signal";
import { DocketNumberSchema } from "@/lib/docket/schema";
import { CaseCaptionSchema } from "./caption-schema";
import { ChambersAuthorityRecordSchema } from "@/lib/chambers-library/schema";
import { FurtherOrdersSchema } from "./further-orders-schema";
import { FurtherMotionsSchema, MotionsDecidedTogetherSchema } from "./further-motions-schema";
import { AddedStandardSentencesSchema, DirectionsSchema, OtherRulingsSchema } from "./other-rulings-schema";
import { boundedRecord, ClerkTextSchema, ItemIdSchema, LIMITS, ShortTextSchema } from "./fields";
import {
  AmendmentFormSchema,
  ElementsTogetherSchema,
  QuestionVariantFields,
  UntimelinessSchema,
} from "./certification-variants-schema";
import { StaySchema } from "./stay-schema";

export { StaySchema };

/**
 * MotionDraft: everything a clerk answers about one motion, and the single source of truth for
 * forms, API bodies, database JSON and fixtures. Every answer is optional: a draft is incomplete
 * most of the time; `readiness()` lists what an export still needs. Defaults live in `emptyDraft()`.
 */

export const JudgeTitleSchema = z.enum(["district", "magistrate", "senior", "chief"]);

export const JudgeSchema = z.object({
  /** As signed: "Lawrence J. O'Neill". */
  name: ShortTextSchema.optional(),
  title: JudgeTitleSchema.optional(),
  /** A magistrate judge may decide a § 1292(b) motion only when presiding by consent, 28 U.S.C. § 636(c). */
  consentUnder636c: z.boolean().optional(),
});

/** The side of the caption a party is printed on: above the "v." or below it. */
export const PartySideSchema = z.enum(["plaintiff", "defendant"]);

/**
 * What the order calls a party, when it is not the plain "Plaintiff" or "Defendant" of its caption
 * side: "Petitioner", "Relator", "Intervenor", "Third-Party Defendant", "the United States".
 */
export const PartyRoleSchema = z.enum([
  "plaintiff",
  "defendant",
  "petitioner",
  "respondent",
  "relator",
  "intervenor",
  "third-party-plaintiff",
  "third-party-defendant",
  "counter-claimant",
  "counter-defendant",
  "judgment-creditor",
  "judgment-debtor",
  "garnishee",
  "claimant",
  "united-states",
]);

export const PartySchema = z.object({
  id: ItemIdSchema,
  /** As the caption prints it: "Futero, Inc.", "DOES 1-9", "P. Gallagher, et al.". */
  name: z.string().max(LIMITS.name, { error: `Keep a party name under ${LIMITS.name} characters` }),
  side: PartySideSchema,
  /** The party's role when the caption side's plain role does not fit (a petitioner, a relator, the United States). */
  role: PartyRoleSchema.optional(),
  /** The name the order uses for the party after introducing it: "Time Warner", "FERC", "the Orrstown Defendants". */
  shortName: ShortTextSchema.optional(),
  /** The name the order's text uses where it differs from the caption's: "Hardin County, Tennessee Board of Education". */
  textName: ShortTextSchema.optional(),
  /** Words the caption prints after the name, as typed: "as assignee of TAMIKA BURRELL". */
  capacity: ShortTextSchema.optional(),
  /** The name stands for several parties ("Wood, et al.", "DOES 1-9"); read from the name when unanswered. */
  isSeveral: z.boolean().optional(),
  isProSe: z.boolean().optional(),
  isPrisoner: z.boolean().optional(),
  inFormaPauperis: z.boolean().optional(),
  /** Not yet served with process (in the Ninth Circuit a named defendant must consent to a magistrate judge even so). */
  isUnserved: z.boolean().optional(),
  /** The docket entry of the party's consent to a magistrate judge under 28 U.S.C. § 636(c), recited in the order. */
  consentDocketNumber: DocketNumberSchema.optional(),
});

export const CaseSchema = z.object({
  /** PACER court id of the district, e.g. "casd" (lib/courts). */
  districtId: z.string().max(8).optional(),
  /** As the court prints it: "17cv218-MMA (BLM)". */
  caseNumber: ShortTextSchema.optional(),
  judge: JudgeSchema,
  parties: z.array(PartySchema).max(LIMITS.listItems),
  /** The kind of action, completing "in this …": "civil rights action pursuant to 42 U.S.C. § 1983". */
  natureOfAction: ShortTextSchema.optional(),
  /**
   * The action is one whose appeals go to the Federal Circuit (28 U.S.C. § 1295, e.g. a patent
   * claim): a § 1292(b) appeal lies there, not to the district's regional circuit, 28 U.S.C. § 1292(c)(1).
   */
  isWithinFederalCircuitJurisdiction: z.boolean().optional(),
  /** Several actions in one caption ("In re …", consolidated cases), further numbers, the division. */
  caption: CaseCaptionSchema.optional(),
});

/**
 * What the order under review did, as far as it bears on whether it is already appealable:
 * § 1292(b) reaches only an order "not otherwise appealable". "compelled-arbitration" covers an
 * order compelling arbitration or granting a stay under 9 U.S.C. § 3, which § 16(b) leaves to § 1292(b).
 */
export const OrderEffectSchema = z.enum([
  "granted-injunction",
  "refused-injunction",
  "modified-injunction",
  "refused-to-compel-arbitration",
  "refused-arbitration-stay",
  "compelled-arbitration",
  "admiralty-decree",
  "collateral-order",
  "final-judgment",
  "none",
]);

export const OrderUnderReviewSchema = z.object({
  /** Date the order was entered on the docket (the § 1292(b) and Rule 59(e) clocks run from entry). */
  date: IsoDateSchema.optional(),
  docketNumber: DocketNumberSchema.optional(),
  /** What the order did, as a phrase completing "the order …": "denying Plaintiff leave to amend his complaint". */
  decided: ClerkTextSchema.optional(),
  /** A final judgment (Rule 59(e), 60(b) apply) or an interlocutory order (Rule 54(b), inherent power). */
  isFinalJudgment: z.boolean().optional(),
  /** Who entered it: a magistrate judge's non-dispositive order is reviewed under Rule 72(a) first. */
  enteredBy: z.enum(["district-judge", "magistrate-judge"]).optional(),
  /** What the order did, when that may make it appealable as of right (the engine warns). */
  effect: OrderEffectSchema.optional(),
});

export const MotionSchema = z.object({
  /** The motion's title as filed: "Ex Parte Motion for Modification to Order to Permit Interlocutory Appeal". */
  titleAsFiled: ShortTextSchema.optional(),
  /** How the movant styled itself, when not by its role ("Appellant"): the order writes "Appellant's [Plaintiff's]". */
  movantStyledAs: ShortTextSchema.optional(),
  movantPartyIds: z.array(ItemIdSchema).max(LIMITS.listItems),
  /** What the order calls the movants together, after naming them: "IDC", "the Orrstown Defendants". */
  movantsShortName: ShortTextSchema.optional(),
  filedDate: IsoDateSchema.optional(),
  docketNumber: DocketNumberSchema.optional(),
  /** Memorandum and other attachments cited by pin: "49-1". */
  attachmentNumbers: z.array(DocketNumberSchema).max(20),
  isExParte: z.boolean().optional(),
  oppositionDocketNumber: DocketNumberSchema.optional(),
  replyDocketNumber: DocketNumberSchema.optional(),
  /** The relief the motion asks for, in the clerk's words with docket pins, for the introduction. */
  reliefSought: ClerkTextSchema.optional(),
  filedAs: FiledAsSchema.optional(),
});

export const DocketEntrySchema = z.object({
  id: ItemIdSchema,
  number: DocketNumberSchema.optional(),
  /** Further entries cited together: "Doc. Nos. 44, 46". */
  alsoNumbers: z.array(DocketNumberSchema).max(20).optional(),
  date: IsoDateSchema.optional(),
  /** The docket text as the clerk's office entered it (from a pasted docket report). */
  docketText: ClerkTextSchema.optional(),
  /** The filing's short name for chambers that cite by name: "Mot. Interloc. App." prints "(Mot. Interloc. App., Dkt. 92)". */
  citeName: ShortTextSchema.optional(),
  /** What the order says about this entry, after "On <date>,". Empty → not in the background. */
  narrative: ClerkTextSchema.optional(),
  /** Continue the previous background paragraph instead of starting a new one. */
  continuesParagraph: z.boolean().optional(),
  /** The narrative states its own date ("The Ninth Circuit issued its mandate on …"): no "On <date>," before it. */
  omitDatePrefix: z.boolean().optional(),
});

export const QuestionSchema = z.object({
  id: ItemIdSchema,
  /** The question as the court would frame it for the court of appeals. */
  text: ClerkTextSchema,
  ...QuestionVariantFields,
});

/** The answers for "involves a controlling question of law". */
export const ControllingQuestionSchema = z.object({
  /** A pure question of law, not a mixed question or the application of law to facts. */
  isPureQuestionOfLaw: z.boolean().optional(),
  /** Could its resolution on appeal materially affect the outcome of the litigation? */
  couldMateriallyAffectOutcome: z.boolean().optional(),
  reasoning: ClerkTextSchema.optional(),
});

export const SubstantialGroundBasisSchema = z.enum([
  "circuit-split", // the circuits are in dispute and this circuit has not spoken
  "no-controlling-authority-courts-disagree",
  "novel-and-difficult", // a novel and difficult question of first impression
  "contrary-to-other-circuits",
  // The court finds a substantial ground in its own reasons, on none of the grounds above (or none the file shows).
  "stated-in-reasons",
  "none",
]);

export const SubstantialGroundSchema = z.object({
  basis: SubstantialGroundBasisSchema.optional(),
  /** The movant merely disagrees with the ruling. */
  isMereDisagreement: z.boolean().optional(),
  reasoning: ClerkTextSchema.optional(),
});

export const MateriallyAdvanceSchema = z.object({
  wouldMateriallyAdvance: z.boolean().optional(),
  /** Trial is near, so an immediate appeal would not save time (seed 000). */
  isTrialImminent: z.boolean().optional(),
  reasoning: ClerkTextSchema.optional(),
});

export const CertificationSchema = z.object({
  questions: z.array(QuestionSchema).max(20),
  controllingQuestion: ControllingQuestionSchema,
  substantialGround: SubstantialGroundSchema,
  materiallyAdvance: MateriallyAdvanceSchema,
  /** What the court has decided: the engine warns when this disagrees with the findings. */
  decision: z.enum(["grant", "grant-in-part", "deny"]).optional(),
  /** Why the court exercises its discretion to deny, whether or not it finds the elements met. */
  discretionaryDenialReasoning: ClerkTextSchema.optional(),
  /** On a grant: stay proceedings in this court pending the petition (and any appeal)? */
  stayProceedingsOnGrant: z.boolean().optional(),
  /**
   * Days for a joint status report after the court of appeals rules, when proceedings are stayed.
   * Unanswered: no status report is ordered (schema version 1 assumed 14; upgradeDraft writes it in).
   */
  statusReportDays: z.number().int().min(1).max(120).optional(),
  /** Additional words for the movant's failure to show exceptional circumstances. */
  exceptionalCircumstancesReasoning: ClerkTextSchema.optional(),
  /** Delay in seeking certification, as a ground of its own. */
  untimeliness: UntimelinessSchema.optional(),
  /** Two elements the discussion takes together in one section. */
  elementsDiscussedTogether: ElementsTogetherSchema.optional(),
});

export const ReconsiderationRuleSchema = z.enum(["59e", "54b", "60b", "local-rule", "inherent-power"]);

export const ReconsiderationSchema = z.object({
  requested: z.boolean().optional(),
  /** The rule the motion invokes (the engine warns when it does not fit the order under review). */
  ruleInvoked: ReconsiderationRuleSchema.optional(),
  /** The rule the court applies; defaults to the rule invoked. Rule 54(b) governs an interlocutory order. */
  ruleApplied: ReconsiderationRuleSchema.optional(),
  /** The local rule, e.g. "Civ. L.R. 7.1(i)(1)". */
  localRule: ShortTextSchema.optional(),
  newEvidence: z.boolean().optional(),
  clearErrorOrManifestInjustice: z.boolean().optional(),
  interveningChangeInLaw: z.boolean().optional(),
  /** For Rule 60(b)(6): extraordinary circumstances. */
  extraordinaryCircumstances: z.boolean().optional(),
  /** What the movant argues, in the clerk's words. */
  movantArgument: ClerkTextSchema.optional(),
  reasoning: ClerkTextSchema.optional(),
  decision: z.enum(["grant", "deny"]).optional(),
});

export const AmendmentSchema = z.object({
  /** The motion asks the court to amend the order to add the § 1292(b) statement, FRAP 5(a)(3). */
  requested: z.boolean().optional(),
  /**
   * The order was already certified, and the motion asks the court to re-enter or recertify it so
   * that the ten days to petition start again (not FRAP 5(a)(3)): the engine warns with the circuit's position.
   */
  reentersCertifiedOrder: z.boolean().optional(),
  /** On a grant: amend the order to add the statement, or vacate it and enter an amended order. Unanswered: amend. */
  form: AmendmentFormSchema.optional(),
});

export const SuccessiveSchema = z.object({
  /** An earlier request to certify the same order was denied. */
  isSuccessive: z.boolean().optional(),
  priorDenialDocketNumber: DocketNumberSchema.optional(),
  priorDenialDate: IsoDateSchema.optional(),
  raisesNewGrounds: z.boolean().optional(),
  reasoning: ClerkTextSchema.optional(),
});

export const PropositionRefSchema = z.object({
  authorityId: z.string().min(1).max(120),
  propositionId: z.string().min(1).max(120),
  signal: SignalSchema.optional(),
});

/** The schema version this code reads and writes; `upgradeDraft` brings older drafts to it. */
export const SCHEMA_VERSION = 3;

export const MotionDraftSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  case: CaseSchema,
  orderUnderReview: OrderUnderReviewSchema,
  motion: MotionSchema,
  /** Further orders under review and further motions decided in this order, after the first of each. */
  furtherOrders: FurtherOrdersSchema.optional(),
  furtherMotions: FurtherMotionsSchema.optional(),
  motionsDecidedTogether: MotionsDecidedTogetherSchema.optional(),
  docketEntries: z.array(DocketEntrySchema).max(LIMITS.listItems),
  certification: CertificationSchema,
  reconsideration: ReconsiderationSchema,
  stay: StaySchema,
  amendment: AmendmentSchema,
  successive: SuccessiveSchema,
  analysis: z.object({
    /** Stop at the first element that fails (seed 002) or address all three. */
    order: z.enum(["stop-at-first-failure", "all-elements"]).optional(),
    /** Authorities the chambers chose for a legal-standard slot instead of the circuit's default. */
    slotChoices: boundedRecord(z.string().max(60), z.array(PropositionRefSchema).max(6), LIMITS.recordKeys).optional(),
  }),
  /** The date the judge signs; the date line prints it. */
  orderDate: IsoDateSchema.optional(),
  /** The order's title as the judge wants it printed; unanswered, the title follows the style's title form. */
  orderTitle: ShortTextSchema.optional(),
  /** Chambers' overrides of the district's style profile. */
  styleOverrides: StyleOverridesSchema.optional(),
  /** A snapshot of the chambers' own authorities the draft cites, with who verified each (the library may change). */
  chambersAuthorities: z.array(ChambersAuthorityRecordSchema).max(50).optional(),
  /** Further requests decided in the same order, the order's further directions, sentences added to the standard. */
  otherRulings: OtherRulingsSchema.optional(),
  directions: DirectionsSchema.optional(),
  addedStandardSentences: AddedStandardSentencesSchema.optional(),
});

export type MotionDraft = z.infer<typeof MotionDraftSchema>;
export type Party = z.infer<typeof PartySchema>;
export type PartySide = z.infer<typeof PartySideSchema>;
export type PartyRole = z.infer<typeof PartyRoleSchema>;
export type DocketEntry = z.infer<typeof DocketEntrySchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type Certification = z.infer<typeof CertificationSchema>;
export type Reconsideration = z.infer<typeof ReconsiderationSchema>;
export type Stay = z.infer<typeof StaySchema>;
export type PropositionRef = z.infer<typeof PropositionRefSchema>;
export type ReconsiderationRule = z.infer<typeof ReconsiderationRuleSchema>;
export type OrderEffect = z.infer<typeof OrderEffectSchema>;
