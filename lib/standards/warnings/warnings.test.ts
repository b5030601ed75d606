import { describe, expect, it } from "vitest";
import { makeDraft, type DraftOverrides } from "@/lib/motion/testing";
import type { MotionDraft } from "@/lib/motion/schema";
import { evaluate } from "../evaluate";
import type { WarningBody } from "../types";

type Overrides = DraftOverrides<MotionDraft>;

const ALL_MET = {
  controllingQuestion: { isPureQuestionOfLaw: true, couldMateriallyAffectOutcome: true },
  substantialGround: { basis: "novel-and-difficult" },
  materiallyAdvance: { wouldMateriallyAdvance: true },
} as const;
const QUESTION = [{ id: "q1", text: "Does § 1983 bar injunctive relief against a judicial officer?" }];

/** The warnings of one code, without their severity (tested on its own below). */
const warningsFor = (overrides: Overrides, code: WarningBody["code"]): WarningBody[] =>
  evaluate(makeDraft(overrides))
    .warnings.filter((w) => w.code === code)
    .map(({ severity: _severity, ...body }) => body as WarningBody);

const codeOf = ([first]: WarningBody[]): WarningBody["code"] => {
  if (!first) throw new Error("a case needs an expected warning");
  return first.code;
};

type Case = { name: string; raise: Overrides; nearMiss: Overrides; expected: WarningBody[] };

const CASES: Case[] = [
  {
    name: "Rule 59(e) against an interlocutory order (seed 002)",
    raise: { orderUnderReview: { isFinalJudgment: false }, reconsideration: { requested: true, ruleInvoked: "59e" } },
    nearMiss: { orderUnderReview: { isFinalJudgment: true }, reconsideration: { requested: true, ruleInvoked: "59e" } },
    expected: [{ code: "rule-59e-against-interlocutory-order", step: "reconsideration", suggest: "54b" }],
  },
  {
    name: "Rule 59(e) invoked but Rule 54(b) applied: no warning",
    raise: { orderUnderReview: { isFinalJudgment: false }, reconsideration: { requested: true, ruleInvoked: "59e" } },
    nearMiss: {
      orderUnderReview: { isFinalJudgment: false },
      reconsideration: { requested: true, ruleInvoked: "59e", ruleApplied: "54b" },
    },
    expected: [{ code: "rule-59e-against-interlocutory-order", step: "reconsideration", suggest: "54b" }],
  },
  {
    name: "Rule 60(b) against an interlocutory order",
    raise: { orderUnderReview: { isFinalJudgment: false }, reconsideration: { requested: true, ruleInvoked: "60b" } },
    nearMiss: {
      orderUnderReview: { isFinalJudgment: false },
      reconsideration: { requested: false, ruleInvoked: "60b" },
    },
    expected: [{ code: "rule-60b-against-interlocutory-order", step: "reconsideration", suggest: "54b" }],
  },
  {
    name: "grant without all findings",
    raise: {
      certification: { ...ALL_MET, substantialGround: { basis: "none" }, decision: "grant", questions: QUESTION },
    },
    nearMiss: { certification: { ...ALL_MET, decision: "grant", questions: QUESTION } },
    expected: [
      {
        code: "grant-without-all-findings",
        step: "substantial-ground",
        failing: ["substantial-ground", "materially-advance"],
      },
    ],
  },
  {
    name: "grant with an element unanswered",
    raise: { certification: { ...ALL_MET, materiallyAdvance: {}, decision: "grant", questions: QUESTION } },
    nearMiss: { certification: { ...ALL_MET, materiallyAdvance: {}, decision: "deny", questions: QUESTION } },
    expected: [{ code: "grant-without-all-findings", step: "materially-advance", failing: ["materially-advance"] }],
  },
  {
    name: "deny though all met, without reasons",
    raise: { certification: { ...ALL_MET, decision: "deny" } },
    nearMiss: { certification: { ...ALL_MET, decision: "deny", discretionaryDenialReasoning: "Trial is weeks away." } },
    expected: [{ code: "deny-though-all-met-without-reasons", step: "ruling" }],
  },
  {
    name: "stay granted while certification is denied",
    raise: { certification: { decision: "deny" }, stay: { requested: true, decision: "grant" } },
    nearMiss: { certification: { decision: "grant" }, stay: { requested: true, decision: "grant" } },
    expected: [{ code: "stay-granted-certification-denied", step: "stay" }],
  },
  {
    name: "stay pending appeal deferred while certification is denied",
    raise: {
      certification: { decision: "deny" },
      stay: { requested: true, kind: "order-pending-appeal", decision: "defer" },
    },
    nearMiss: {
      certification: { decision: "deny" },
      stay: { requested: true, kind: "order-pending-appeal", decision: "deny-as-moot" },
    },
    expected: [{ code: "stay-pending-appeal-deferred-certification-denied", step: "stay" }],
  },
  {
    name: "status report asked with no stay in place",
    raise: {
      certification: { decision: "grant", stayProceedingsOnGrant: false },
      stay: { requested: true, decision: "deny", statusReportBy: "days", statusReportDays: 30 },
    },
    nearMiss: {
      certification: { decision: "grant", stayProceedingsOnGrant: false },
      stay: { requested: true, decision: "grant", statusReportBy: "days", statusReportDays: 30 },
    },
    expected: [{ code: "status-report-without-stay", step: "stay" }],
  },
  {
    name: "stay pending further order without reasons",
    raise: { stay: { requested: true, kind: "proceedings-further-order", decision: "grant" } },
    nearMiss: {
      stay: { requested: true, kind: "proceedings-further-order", decision: "grant", reasoning: "Settlement talks." },
    },
    expected: [{ code: "further-order-stay-without-reasons", step: "stay" }],
  },
  {
    name: "stay lifted while the ruling step stays proceedings",
    raise: {
      certification: { decision: "grant", stayProceedingsOnGrant: true },
      stay: { requested: true, kind: "lift", decision: "grant" },
    },
    nearMiss: {
      certification: { decision: "grant", stayProceedingsOnGrant: false },
      stay: { requested: true, kind: "lift", decision: "grant" },
    },
    expected: [{ code: "stay-lifted-and-proceedings-stayed", step: "ruling" }],
  },
  {
    name: "magistrate judge without § 636(c) consent",
    raise: { case: { judge: { title: "magistrate" } } },
    nearMiss: { case: { judge: { title: "magistrate", consentUnder636c: true } } },
    expected: [{ code: "magistrate-without-consent", step: "court" }],
  },
  {
    name: "successive motion without new grounds, granted",
    raise: { successive: { isSuccessive: true, raisesNewGrounds: false }, certification: { decision: "grant" } },
    nearMiss: { successive: { isSuccessive: true, raisesNewGrounds: true }, certification: { decision: "grant" } },
    expected: [{ code: "successive-without-new-grounds", step: "history" }],
  },
  {
    name: "successive motion without new grounds, denied (the clerk sees it either way)",
    raise: { successive: { isSuccessive: true, raisesNewGrounds: false }, certification: { decision: "deny" } },
    nearMiss: { successive: { isSuccessive: true }, certification: { decision: "deny" } },
    expected: [{ code: "successive-without-new-grounds", step: "history" }],
  },
  {
    name: "successive motion without new grounds, undecided",
    raise: { successive: { isSuccessive: true, raisesNewGrounds: false } },
    nearMiss: { successive: { isSuccessive: false, raisesNewGrounds: false } },
    expected: [{ code: "successive-without-new-grounds", step: "history" }],
  },
  {
    name: "untimely motion in the Seventh Circuit (over 30 days)",
    raise: {
      case: { districtId: "ilnd" },
      orderUnderReview: { date: "2018-03-01" },
      motion: { filedDate: "2018-04-01" },
    },
    nearMiss: {
      case: { districtId: "ilnd" },
      orderUnderReview: { date: "2018-03-01" },
      motion: { filedDate: "2018-03-31" },
    },
    expected: [{ code: "untimely-motion", step: "motion", daysAfterOrder: 31, thresholdDays: 30, circuit: "7th" }],
  },
  {
    name: "untimely motion elsewhere (over 60 days)",
    raise: {
      case: { districtId: "casd" },
      orderUnderReview: { date: "2018-01-01" },
      motion: { filedDate: "2018-03-03" },
    },
    nearMiss: {
      case: { districtId: "casd" },
      orderUnderReview: { date: "2018-01-01" },
      motion: { filedDate: "2018-03-02" },
    },
    expected: [{ code: "untimely-motion", step: "motion", daysAfterOrder: 61, thresholdDays: 60, circuit: "9th" }],
  },
  {
    name: "untimely as to a further order under review, or by a further motion",
    raise: {
      case: { districtId: "ilnd" },
      orderUnderReview: { date: "2018-03-20" },
      furtherOrders: [{ id: "o2", date: "2018-02-28" }],
      motion: { filedDate: "2018-03-31" },
    },
    nearMiss: {
      case: { districtId: "ilnd" },
      orderUnderReview: { date: "2018-03-20" },
      furtherOrders: [{ id: "o2", date: "2018-03-02" }],
      motion: { filedDate: "2018-03-31" },
      furtherMotions: [{ id: "m2", movantPartyIds: [], filedDate: "2018-04-01" }],
    },
    expected: [{ code: "untimely-motion", step: "motion", daysAfterOrder: 31, thresholdDays: 30, circuit: "7th" }],
  },
  {
    name: "a further motion filed before a further order it asks to certify",
    raise: {
      orderUnderReview: { date: "2018-03-01" },
      furtherOrders: [{ id: "o2", date: "2018-04-01" }],
      motion: { filedDate: "2018-04-02" },
      furtherMotions: [{ id: "m2", movantPartyIds: [], filedDate: "2018-03-15" }],
    },
    nearMiss: {
      orderUnderReview: { date: "2018-03-01" },
      furtherOrders: [{ id: "o2", date: "2018-04-01" }],
      motion: { filedDate: "2018-04-02" },
      furtherMotions: [{ id: "m2", movantPartyIds: [], filedDate: "2018-04-01" }],
    },
    expected: [{ code: "motion-before-order", step: "motion" }],
  },
  {
    name: "a further motion with no disposition",
    raise: {
      certification: { decision: "grant" },
      furtherMotions: [
        { id: "m2", movantPartyIds: [], decision: "grant" },
        { id: "m3", movantPartyIds: [] },
      ],
    },
    nearMiss: {
      certification: { decision: "grant" },
      furtherMotions: [{ id: "m2", movantPartyIds: [], decision: "grant" }],
    },
    expected: [{ code: "further-motion-undecided", step: "motion", motionIds: ["m3"] }],
  },
  {
    name: "motions to certify the same order decided differently, without a decision per order",
    raise: {
      certification: { decision: "grant" },
      furtherMotions: [{ id: "m2", movantPartyIds: [], decision: "deny" }],
    },
    nearMiss: {
      certification: { decision: "grant" },
      furtherOrders: [{ id: "o2", certificationDecision: "deny" }],
      furtherMotions: [{ id: "m2", movantPartyIds: [], decision: "deny" }],
    },
    expected: [{ code: "motions-decided-differently", step: "motion", motionIds: ["m2"] }],
  },
  {
    name: "a further order certified although certification is denied",
    raise: { certification: { decision: "deny" }, furtherOrders: [{ id: "o2", certificationDecision: "grant" }] },
    nearMiss: { certification: { decision: "grant" }, furtherOrders: [{ id: "o2", certificationDecision: "grant" }] },
    expected: [{ code: "order-decided-apart", step: "order", orderIds: ["o2"], certification: "deny" }],
  },
  {
    name: "mixed question: grant on a question marked not purely legal",
    raise: {
      certification: { controllingQuestion: { isPureQuestionOfLaw: false }, decision: "grant", questions: QUESTION },
    },
    nearMiss: {
      certification: { controllingQuestion: { isPureQuestionOfLaw: false }, decision: "deny", questions: QUESTION },
    },
    expected: [{ code: "mixed-question-framed", step: "questions", questionIds: [] }],
  },
  {
    name: "mixed question: a framed question worded as one of fact",
    raise: {
      certification: {
        questions: [
          ...QUESTION,
          { id: "q2", text: "Whether the  Evidence shows the search was reasonable under the circumstances." },
        ],
      },
    },
    nearMiss: {
      certification: {
        questions: [...QUESTION, { id: "q2", text: "Whether the Fourth Amendment applies to a border search." }],
      },
    },
    expected: [{ code: "mixed-question-framed", step: "questions", questionIds: ["q2"] }],
  },
  {
    name: "motion filed before the order",
    raise: { orderUnderReview: { date: "2018-03-22" }, motion: { filedDate: "2018-03-21" } },
    nearMiss: { orderUnderReview: { date: "2018-03-22" }, motion: { filedDate: "2018-03-22" } },
    expected: [{ code: "motion-before-order", step: "motion" }],
  },
  {
    name: "certification decision missing",
    raise: { certification: ALL_MET },
    nearMiss: { certification: { ...ALL_MET, decision: "deny", discretionaryDenialReasoning: "x" } },
    expected: [{ code: "decision-missing", step: "ruling", request: "certification" }],
  },
  {
    name: "reconsideration decision missing",
    raise: { certification: { decision: "deny" }, reconsideration: { requested: true } },
    nearMiss: { certification: { decision: "deny" }, reconsideration: { requested: true, decision: "deny" } },
    expected: [{ code: "decision-missing", step: "reconsideration", request: "reconsideration" }],
  },
  {
    name: "stay decision missing (a stay moot on denial needs none)",
    raise: { certification: { decision: "grant" }, stay: { requested: true } },
    nearMiss: { certification: { decision: "deny" }, stay: { requested: true } },
    expected: [{ code: "decision-missing", step: "stay", request: "stay" }],
  },
  {
    name: "grant with no question framed",
    raise: { certification: { ...ALL_MET, decision: "grant", questions: [{ id: "q1", text: "  " }] } },
    nearMiss: { certification: { ...ALL_MET, decision: "grant", questions: QUESTION } },
    expected: [{ code: "no-question-framed-on-grant", step: "questions" }],
  },
  {
    name: "reconsideration granted and the order certified",
    raise: { certification: { decision: "grant" }, reconsideration: { requested: true, decision: "grant" } },
    nearMiss: { certification: { decision: "grant" }, reconsideration: { requested: true, decision: "deny" } },
    expected: [{ code: "reconsideration-granted-and-certified", step: "reconsideration" }],
  },
  {
    name: "the chambers chose an authority decided after the order (Herron, March 10, 2011)",
    raise: {
      case: { districtId: "casd" },
      reconsideration: { requested: true, ruleInvoked: "59e" },
      orderDate: "2011-01-15",
      analysis: {
        slotChoices: {
          "reconsideration-59e-grounds": [{ authorityId: "allstate-v-herron", propositionId: "four-grounds" }],
        },
      },
    },
    nearMiss: {
      case: { districtId: "casd" },
      reconsideration: { requested: true, ruleInvoked: "59e" },
      orderDate: "2011-03-10",
      analysis: {
        slotChoices: {
          "reconsideration-59e-grounds": [{ authorityId: "allstate-v-herron", propositionId: "four-grounds" }],
        },
      },
    },
    expected: [
      {
        code: "authority-after-order",
        step: "ruling",
        orderDate: "2011-01-15",
        later: [{ authorityId: "allstate-v-herron", basis: "decided", decided: "2011-03-10" }],
      },
    ],
  },
  {
    name: "the order under review granted an injunction: appealable under § 1292(a)(1)",
    raise: { orderUnderReview: { effect: "granted-injunction" } },
    nearMiss: { orderUnderReview: { effect: "compelled-arbitration" } },
    expected: [
      {
        code: "order-may-be-appealable",
        step: "order",
        effect: "granted-injunction",
        authorityId: "28-usc-1292-a-1",
        propositionId: "injunctions",
      },
    ],
  },
  {
    name: "magistrate judge by consent, one party's consent not recorded",
    raise: {
      case: {
        districtId: "caed",
        judge: { title: "magistrate", consentUnder636c: true },
        parties: [
          { id: "p1", name: "Pat Doe", side: "plaintiff", consentDocketNumber: "5" },
          { id: "d1", name: "Acme Corp.", side: "defendant" },
        ],
      },
    },
    nearMiss: {
      case: {
        districtId: "caed",
        judge: { title: "magistrate", consentUnder636c: true },
        parties: [
          { id: "p1", name: "Pat Doe", side: "plaintiff", consentDocketNumber: "5" },
          { id: "d1", name: "Acme Corp.", side: "defendant", consentDocketNumber: "9" },
        ],
      },
    },
    expected: [
      {
        code: "magistrate-consents-incomplete",
        step: "parties",
        missingPartyIds: ["d1"],
        unservedPartyIds: [],
        unservedRule: "required",
        authorityId: "williams-v-king",
        propositionId: "all-named-parties",
        recorded: 1,
      },
    ],
  },
  {
    name: "re-entering an order already certified, to restart the ten days (Seventh Circuit)",
    raise: { case: { districtId: "ilnd" }, amendment: { reentersCertifiedOrder: true } },
    nearMiss: { case: { districtId: "ilnd" }, amendment: { requested: true } },
    expected: [
      { code: "recertification-to-restart-window", step: "motion", circuit: "7th", holding: "does-not-restart" },
    ],
  },
  {
    name: "a further request in the order with no disposition",
    raise: { otherRulings: [{ id: "r1", kind: "leave-to-amend", docketNumber: "50" }] },
    nearMiss: { otherRulings: [{ id: "r1", kind: "leave-to-amend", docketNumber: "50", disposition: "granted" }] },
    expected: [{ code: "other-ruling-disposition-missing", step: "ruling", rulingIds: ["r1"] }],
  },
  {
    name: "a further request not reached, with reasons that decide it",
    raise: {
      otherRulings: [
        { id: "r1", disposition: "not-reached", reasons: "The request to strike is denied: the brief was timely." },
      ],
    },
    // Corpus order 20's footnote: the grant of certification is why the request is not reached.
    nearMiss: {
      otherRulings: [
        {
          id: "r1",
          disposition: "not-reached",
          reasons: "Because the Court grants the motion to certify, it does not reach the request for more time.",
        },
      ],
    },
    expected: [{ code: "not-reached-ruling-decided", step: "ruling", rulingIds: ["r1"] }],
  },
  {
    name: "a direction to close a motion the order defers",
    raise: {
      otherRulings: [{ id: "r1", docketNumber: "61", disposition: "deferred" }],
      directions: [{ id: "x1", kind: "close-motions", docketNumbers: ["40", "61"] }],
    },
    nearMiss: {
      otherRulings: [{ id: "r1", docketNumber: "61", disposition: "denied" }],
      directions: [{ id: "x1", kind: "close-motions", docketNumbers: ["40", "61"] }],
    },
    expected: [{ code: "close-motion-deferred", step: "ruling", docketNumbers: ["61"] }],
  },
  {
    name: "a grant in part whose questions all go one way",
    raise: {
      certification: {
        ...ALL_MET,
        decision: "grant-in-part",
        questions: [
          { id: "q1", text: "Whether A?", ruling: "certify" },
          { id: "q2", text: "Whether B?", ruling: "certify" },
        ],
      },
    },
    nearMiss: {
      certification: {
        ...ALL_MET,
        decision: "grant-in-part",
        questions: [
          { id: "q1", text: "Whether A?", ruling: "certify" },
          { id: "q2", text: "Whether B?", ruling: "refuse", refusedFor: "substantial-ground" },
        ],
      },
    },
    expected: [
      { code: "question-rulings-disagree", step: "questions", decision: "grant-in-part", questionIds: ["q1", "q2"] },
    ],
  },
  {
    name: "a full grant with a question marked refused",
    raise: {
      certification: {
        ...ALL_MET,
        decision: "grant",
        questions: [
          { id: "q1", text: "Whether A?" },
          { id: "q2", text: "Whether B?", ruling: "refuse" },
        ],
      },
    },
    nearMiss: { certification: { ...ALL_MET, decision: "grant", questions: [{ id: "q1", text: "Whether A?" }] } },
    expected: [{ code: "question-rulings-disagree", step: "questions", decision: "grant", questionIds: ["q2"] }],
  },
  {
    name: "granted though found untimely, no element failing",
    raise: { certification: { ...ALL_MET, decision: "grant", untimeliness: { isUntimely: true } } },
    nearMiss: { certification: { ...ALL_MET, decision: "deny", untimeliness: { isUntimely: true } } },
    expected: [{ code: "granted-though-untimely", step: "ruling" }],
  },
];

describe("warnings", () => {
  it.each(CASES)("$name: raised", ({ raise, expected }) => {
    expect(warningsFor(raise, codeOf(expected))).toEqual(expected);
  });

  it.each(CASES)("$name: not raised in the near miss", ({ nearMiss, expected }) => {
    expect(warningsFor(nearMiss, codeOf(expected))).toEqual([]);
  });

  it("covers every warning code", () => {
    const everyCode: Record<WarningBody["code"], true> = {
      "rule-59e-against-interlocutory-order": true,
      "rule-60b-against-interlocutory-order": true,
      "grant-without-all-findings": true,
      "deny-though-all-met-without-reasons": true,
      "stay-granted-certification-denied": true,
      "stay-pending-appeal-deferred-certification-denied": true,
      "status-report-without-stay": true,
      "further-order-stay-without-reasons": true,
      "stay-lifted-and-proceedings-stayed": true,
      "magistrate-without-consent": true,
      "successive-without-new-grounds": true,
      "untimely-motion": true,
      "mixed-question-framed": true,
      "motion-before-order": true,
      "reconsideration-granted-and-certified": true,
      "decision-missing": true,
      "no-question-framed-on-grant": true,
      "authority-after-order": true,
      "order-may-be-appealable": true,
      "magistrate-consents-incomplete": true,
      "recertification-to-restart-window": true,
      "question-rulings-disagree": true,
      "granted-though-untimely": true,
      "further-motion-undecided": true,
      "motions-decided-differently": true,
      "order-decided-apart": true,
      "other-ruling-disposition-missing": true,
      "not-reached-ruling-decided": true,
      "close-motion-deferred": true,
    };
    expect(new Set(CASES.map((c) => codeOf(c.expected)))).toEqual(new Set(Object.keys(everyCode)));
  });

  it("gives every warning its severity: errors are what an order must not be signed with", () => {
    const severities = CASES.map(({ raise, expected }) => {
      const [warning] = evaluate(makeDraft(raise)).warnings.filter((w) => w.code === codeOf(expected));
      return [warning?.code, warning?.severity];
    });
    expect(Object.fromEntries(severities)).toMatchObject({
      "magistrate-without-consent": "error",
      "grant-without-all-findings": "error",
      "stay-granted-certification-denied": "error",
      "decision-missing": "error",
      "untimely-motion": "warning",
      "rule-59e-against-interlocutory-order": "warning",
    });
    for (const [, severity] of severities) expect(["error", "warning"]).toContain(severity);
  });

  it("needs a known circuit to judge timeliness", () => {
    expect(
      warningsFor({ orderUnderReview: { date: "2017-01-01" }, motion: { filedDate: "2018-01-01" } }, "untimely-motion"),
    ).toEqual([]);
  });

  it("raises no warning about dates when a date is missing", () => {
    const draft = { case: { districtId: "ilnd" }, orderUnderReview: { date: "2018-03-01" } } satisfies Overrides;
    expect(warningsFor(draft, "untimely-motion")).toEqual([]);
    expect(warningsFor(draft, "motion-before-order")).toEqual([]);
  });
});
