import type { SubstantialGroundBasisSchema } from "@/lib/motion/schema";
import type { z } from "zod";
import { met, notMet, unanswered, type ElementDefinition } from "./element-definition";

type Basis = z.infer<typeof SubstantialGroundBasisSchema>;

/** The bases that establish a substantial ground for difference of opinion; each is its own reason code. */
const GROUNDS_THAT_SUFFICE = [
  "circuit-split",
  "no-controlling-authority-courts-disagree",
  "novel-and-difficult",
  "contrary-to-other-circuits",
] as const satisfies readonly Basis[];

const isSufficientBasis = (basis: Basis | undefined): basis is (typeof GROUNDS_THAT_SUFFICE)[number] =>
  (GROUNDS_THAT_SUFFICE as readonly string[]).includes(basis ?? "");

/**
 * The three elements of 28 U.S.C. § 1292(b), in the order the statute states them: the order
 * "involves a controlling question of law as to which there is substantial ground for difference
 * of opinion and … an immediate appeal from the order may materially advance the ultimate
 * termination of the litigation." All three must be met.
 * @see 28 U.S.C. § 1292(b)
 */
export const ELEMENTS_1292B = [
  {
    id: "controlling-question",
    label: "involves a controlling question of law",
    source: "28-usc-1292-b",
    requiredAnswers: [
      {
        path: "certification.controllingQuestion.isPureQuestionOfLaw",
        message: "Say whether the question is a pure question of law",
        isAnswered: (c) => c.controllingQuestion.isPureQuestionOfLaw !== undefined,
      },
      {
        path: "certification.controllingQuestion.couldMateriallyAffectOutcome",
        message: "Say whether deciding the question could materially affect the outcome of the case",
        isAnswered: (c) => c.controllingQuestion.couldMateriallyAffectOutcome !== undefined,
      },
    ],
    decide: ({ controllingQuestion: q }) =>
      q.isPureQuestionOfLaw === false
        ? notMet("question-of-fact", q.reasoning)
        : q.couldMateriallyAffectOutcome === false
          ? notMet("would-not-affect-outcome", q.reasoning)
          : q.isPureQuestionOfLaw === true && q.couldMateriallyAffectOutcome === true
            ? met("pure-question-controlling", q.reasoning)
            : unanswered(q.reasoning),
  },
  {
    id: "substantial-ground",
    label: "as to which there is substantial ground for difference of opinion",
    source: "28-usc-1292-b",
    requiredAnswers: [
      {
        path: "certification.substantialGround.basis",
        message: "Choose the basis, if any, for a substantial ground for difference of opinion",
        isAnswered: (c) => c.substantialGround.basis !== undefined,
      },
    ],
    decide: ({ substantialGround: g }) =>
      g.isMereDisagreement === true
        ? notMet("mere-disagreement", g.reasoning)
        : g.basis === "none"
          ? notMet("no-substantial-ground", g.reasoning)
          : isSufficientBasis(g.basis)
            ? met(g.basis, g.reasoning)
            : g.basis === "stated-in-reasons"
              ? met("stated-in-reasons", g.reasoning)
              : unanswered(g.reasoning),
  },
  {
    id: "materially-advance",
    label: "an immediate appeal may materially advance the ultimate termination of the litigation",
    source: "28-usc-1292-b",
    requiredAnswers: [
      {
        path: "certification.materiallyAdvance.wouldMateriallyAdvance",
        message: "Say whether an immediate appeal would materially advance the end of the litigation",
        isAnswered: (c) => c.materiallyAdvance.wouldMateriallyAdvance !== undefined,
      },
    ],
    decide: ({ materiallyAdvance: m }) =>
      m.isTrialImminent === true
        ? notMet("trial-imminent", m.reasoning)
        : m.wouldMateriallyAdvance === false
          ? notMet("would-not-advance", m.reasoning)
          : m.wouldMateriallyAdvance === true
            ? met("would-advance-termination", m.reasoning)
            : unanswered(m.reasoning),
  },
] as const satisfies readonly ElementDefinition[];
