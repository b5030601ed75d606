import { findDistrict } from "@/lib/courts";
import type { MotionDraft, PartySide } from "@/lib/motion/schema";
import { ELEMENTS_1292B } from "./1292b/elements";
import { evaluateCertification } from "./1292b/evaluate-certification";
import { evaluateReconsideration } from "./companions/reconsideration";
import { evaluateStay } from "./companions/stay";
import type { StepId } from "./step-id";

/** One thing an export still needs: the answer's full dotted path, the step that asks for it, and what to do. */
export type ReadinessItem = { field: string; step: StepId; message: string };

/** Returns the items a draft is missing for one answer (or group of answers). */
type ReadinessCheck = (draft: MotionDraft) => ReadinessItem[];

const isBlank = (text: string | undefined): boolean => text === undefined || text.trim() === "";

/** A check for one answer: the item when `isMissing`, else nothing. */
const required =
  (field: string, step: StepId, message: string, isMissing: (draft: MotionDraft) => boolean): ReadinessCheck =>
  (draft) =>
    isMissing(draft) ? [{ field, step, message }] : [];

const hasPartyOn = (draft: MotionDraft, side: PartySide): boolean =>
  draft.case.parties.some((p) => p.side === side && !isBlank(p.name));

const parties: ReadinessCheck = (draft) => {
  const missing = (["plaintiff", "defendant"] as const).filter((side) => !hasPartyOn(draft, side));
  return missing.length === 0
    ? []
    : [{ field: "case.parties", step: "parties", message: `Add at least one ${missing.join(" and one ")}` }];
};

/** The answers each element still needs, unless the court does not reach it. */
const elementAnswers: ReadinessCheck = (draft) => {
  const { elements } = evaluateCertification(draft);
  return ELEMENTS_1292B.flatMap((element) =>
    elements.find((e) => e.element === element.id)?.status !== "unanswered"
      ? []
      : element.requiredAnswers
          .filter((answer) => !answer.isAnswered(draft.certification))
          .map((answer) => ({ field: answer.path, step: element.id, message: answer.message })),
  );
};

/** Each further request in the order needs a name (its title or its kind) and the court's ruling on it. */
const otherRulings: ReadinessCheck = (draft) =>
  (draft.otherRulings ?? []).flatMap((ruling, index) => [
    ...(isBlank(ruling.titleAsFiled) && (ruling.kind === undefined || ruling.kind === "other")
      ? [
          {
            field: `otherRulings.${index}.titleAsFiled`,
            step: "ruling" as const,
            message: `Further request ${index + 1}: enter its title as filed`,
          },
        ]
      : []),
    ...(ruling.disposition === undefined
      ? [
          {
            field: `otherRulings.${index}.disposition`,
            step: "ruling" as const,
            message: `Further request ${index + 1}: choose the court's ruling on it`,
          },
        ]
      : []),
  ]);

/** A further direction prints only with what it directs: its kind, and the motions to close or its words. */
const directions: ReadinessCheck = (draft) =>
  (draft.directions ?? []).flatMap((direction, index) => {
    const item = (field: string, message: string) => [
      { field: `directions.${index}.${field}`, step: "ruling" as const, message },
    ];
    if (direction.kind === undefined) return item("kind", `Direction ${index + 1}: choose its kind, or remove it`);
    if (direction.kind === "close-motions")
      return (direction.docketNumbers ?? []).length === 0
        ? item("docketNumbers", `Direction ${index + 1}: enter the docket numbers of the motions to close`)
        : [];
    return isBlank(direction.text) ? item("text", `Direction ${index + 1}: enter what the order directs`) : [];
  });

/** A sentence added to the legal standard prints only with its citation, and a citation only with its sentence. */
const addedStandardSentences: ReadinessCheck = (draft) =>
  (draft.addedStandardSentences ?? []).flatMap((added, index) =>
    isBlank(added.text) === isBlank(added.citation)
      ? []
      : [
          {
            field: `addedStandardSentences.${index}.${isBlank(added.text) ? "text" : "citation"}`,
            step: "ruling" as const,
            message: isBlank(added.text)
              ? `Added sentence ${index + 1} of the legal standard: enter its words, or remove it`
              : `Added sentence ${index + 1} of the legal standard: enter its citation as it should print`,
          },
        ],
  );

/** On a grant in part, each question's ruling; on each refused question, the court's reasons. */
const questionRulings: ReadinessCheck = (draft) => {
  const { decision, questions } = draft.certification;
  return questions.flatMap((question, index): ReadinessItem[] => {
    if (question.text.trim() === "") return [];
    const field = `certification.questions.${index}`;
    if (decision === "grant-in-part" && question.ruling === undefined)
      return [
        {
          field: `${field}.ruling`,
          step: "questions",
          message: `Say whether question ${index + 1} is certified or refused`,
        },
      ];
    const refused = question.ruling === "refuse" && decision === "grant-in-part";
    return refused && isBlank(question.refusalReasoning)
      ? [
          {
            field: `${field}.refusalReasoning`,
            step: "questions",
            message: `Give the court's reasons for refusing question ${index + 1}`,
          },
        ]
      : [];
  });
};

/** Every check, in the order of the wizard steps. */
const READINESS_CHECKS: readonly ReadinessCheck[] = [
  required(
    "case.districtId",
    "court",
    "Choose the district court",
    (d) => findDistrict(d.case.districtId ?? "") === undefined,
  ),
  required("case.caseNumber", "court", "Enter the case number as the court prints it", (d) =>
    isBlank(d.case.caseNumber),
  ),
  required("case.judge.name", "court", "Enter the judge's name as it will be signed", (d) =>
    isBlank(d.case.judge.name),
  ),
  required("case.judge.title", "court", "Choose the judge's title", (d) => d.case.judge.title === undefined),
  parties,
  required(
    "case.caption.inReName",
    "parties",
    "Enter the litigation's name the caption prints after “In re”",
    (d) => d.case.caption?.actions === "in-re" && isBlank(d.case.caption.inReName),
  ),
  required("orderUnderReview.date", "order", "Enter the date the order under review was entered on the docket", (d) =>
    isBlank(d.orderUnderReview.date),
  ),
  required("motion.titleAsFiled", "motion", "Enter the motion's title as filed", (d) => isBlank(d.motion.titleAsFiled)),
  required(
    "motion.movantPartyIds",
    "motion",
    "Choose the party or parties who filed the motion",
    (d) => !d.motion.movantPartyIds.some((id) => d.case.parties.some((p) => p.id === id)),
  ),
  required("motion.docketNumber", "motion", "Enter the motion's docket number", (d) => isBlank(d.motion.docketNumber)),
  elementAnswers,
  required(
    "certification.substantialGround.reasoning",
    "substantial-ground",
    "Give the court's reasons for finding a substantial ground for difference of opinion",
    (d) =>
      d.certification.substantialGround.basis === "stated-in-reasons" &&
      isBlank(d.certification.substantialGround.reasoning),
  ),
  questionRulings,
  required(
    "reconsideration.decision",
    "reconsideration",
    "Choose whether the court grants or denies reconsideration",
    (d) => evaluateReconsideration(d).disposition === "undecided",
  ),
  required(
    "stay.decision",
    "stay",
    "Choose how the court rules on the request for a stay",
    (d) => evaluateStay(d, evaluateCertification(d)).disposition === "undecided",
  ),
  required("orderDate", "ruling", "Enter the date the judge signs the order", (d) => isBlank(d.orderDate)),
  required(
    "certification.decision",
    "ruling",
    "Choose whether the court grants or denies certification",
    (d) => d.certification.decision === undefined,
  ),
  otherRulings,
  directions,
  addedStandardSentences,
];

/**
 * What an export still needs, in wizard order. The DOCX download is gated on this list being
 * empty, not on a second, stricter schema. Elements the court does not reach need no answers.
 */
export function readiness(draft: MotionDraft): ReadinessItem[] {
  return READINESS_CHECKS.flatMap((check) => check(draft));
}
