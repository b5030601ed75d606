import type { ElementsTogether } from "@/lib/motion/certification-variants-schema";
import type { MotionDraft } from "@/lib/motion/schema";
import type { ElementId, Findings } from "@/lib/standards/types";
import { oneParagraph } from "../clerk-text";
import { questionItems, soleQuestion } from "./question-view";

type QuestionItem = ReturnType<typeof questionItems>[number];

const TOGETHER: Record<ElementsTogether, [ElementId, ElementId]> = {
  "controlling-and-advance": ["controlling-question", "materially-advance"],
  "controlling-and-ground": ["controlling-question", "substantial-ground"],
  "ground-and-advance": ["substantial-ground", "materially-advance"],
};
const ORDINALS: Record<ElementId, string> = {
  "controlling-question": "first",
  "substantial-ground": "second",
  "materially-advance": "third",
};

/** The questions as the movant put them, each with its number in the order, its ruling and the court's wording. */
function statedQuestions(draft: MotionDraft, findings: Findings) {
  const rulings = new Map(findings.certification.questions.map((finding) => [finding.questionId, finding]));
  const stated = draft.certification.questions.filter((question) => oneParagraph(question.text).trim() !== "");
  return stated.map((question, index) => {
    const [asked] = questionItems([question.text]) as [QuestionItem];
    const [restated] = questionItems([question.restatedText ?? ""]);
    return {
      number: index + 1,
      asked,
      restated,
      ruling: rulings.get(question.id)?.ruling,
      refusedFor: rulings.get(question.id)?.refusedFor,
      refusalReasoning: question.refusalReasoning ?? "",
    };
  });
}

/**
 * What the certification variants print (issue 12, item 3): the questions the court certifies, in
 * its own words where it restates them, and those it refuses with the ground and its reasons;
 * untimeliness as a ground of its own; discretion's reasons; two elements taken together; the
 * order amended, or vacated for an amended order. Without these answers every list is empty and
 * every flag false, and the order prints what it printed before.
 */
export function certificationVariantsView(draft: MotionDraft, findings: Findings) {
  const { certification } = findings;
  const stated = statedQuestions(draft, findings);
  const granted = certification.disposition === "granted";
  // On a grant the statement names what is certified: a refused question never enters it.
  const certified = granted ? stated.filter((question) => question.ruling === "certified") : [];
  const statementQuestions = certified.map((question) => question.restated ?? question.asked);
  const refused = granted ? stated.filter((question) => question.ruling === "refused") : [];
  const restatements = certified.filter((question) => question.restated !== undefined);
  const proposed = stated.map((question) => question.asked);
  const untimeliness = draft.certification.untimeliness;
  // Taken together only when the court discusses both (neither unanswered nor left unreached).
  const chosen = draft.certification.elementsDiscussedTogether;
  const discussed = new Set(
    certification.elements.filter((e) => e.status === "met" || e.status === "not-met").map((e) => e.element),
  );
  const together = chosen && TOGETHER[chosen].every((id) => discussed.has(id)) ? chosen : undefined;
  return {
    /** On a grant: the certified questions in the court's words; otherwise every question as asked. */
    questions: granted ? statementQuestions : proposed,
    variants: {
      in_part: certification.inPart,
      /** The questions as the movant asked them, stated before the court restates or refuses any. */
      proposed,
      sole_proposed: soleQuestion(proposed),
      // A refused or restated question is stated as asked first, so the order shows what it declines or rewords.
      states_proposed: !granted || certification.inPart || restatements.length > 0 || refused.length > 0,
      several_proposed: proposed.length > 1,
      restatements: restatements.map((question) => ({ number: question.number, item: question.restated! })),
      refused: refused.map((question) => ({
        number: question.number,
        item: question.asked,
        ground: question.refusedFor ?? "",
        reasoning: question.refusalReasoning,
      })),
      certified_numbers: certified.map((question) => question.number),
      /** "question 1", "questions 1 and 3", or "the question stated above" when only one was asked. */
      certified_words: certifiedWords(
        certified.map((question) => question.number),
        stated.length,
      ),
      untimely: certification.untimely,
      untimeliness_answered: untimeliness?.isUntimely !== undefined,
      untimeliness_reasoning: untimeliness?.reasoning ?? "",
      discretionary: certification.discretionary || certification.basis === "discretionary-denial",
      all_met: certification.allMet,
      amendment_form: certification.amendmentForm,
      reentered: certification.amendsOrderUnderReview && certification.amendmentForm === "vacate-and-reenter",
      together_first: together ? TOGETHER[together][0] : "",
      together_second: together ? TOGETHER[together][1] : "",
      together_words: together ? `${ORDINALS[TOGETHER[together][0]]} and ${ORDINALS[TOGETHER[together][1]]}` : "",
    },
  };
}

function certifiedWords(numbers: number[], asked: number): string {
  if (numbers.length === 0) return "";
  if (asked === 1) return "the question stated above";
  const words = numbers.map(String);
  const list = words.length <= 2 ? words.join(" and ") : `${words.slice(0, -1).join(", ")}, and ${words.at(-1)}`;
  return `${numbers.length === 1 ? "question" : "questions"} ${list}`;
}

/**
 * The elements in the order the discussion takes them: the statute's, except that the second of
 * two elements taken together follows the first at once.
 */
export function elementsInDiscussionOrder<T extends { id: ElementId }>(
  elements: T[],
  together?: ElementsTogether,
): T[] {
  if (!together) return elements;
  const [first, second] = TOGETHER[together];
  const rest = elements.filter((element) => element.id !== second);
  const at = rest.findIndex((element) => element.id === first);
  const secondElement = elements.find((element) => element.id === second);
  return secondElement ? [...rest.slice(0, at + 1), secondElement, ...rest.slice(at + 1)] : elements;
}
