import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MotionDraftSchema, type MotionDraft } from "@/lib/motion/schema";
import { StayDecisionSchema, StayKindSchema, type StayDecision, type StayKind } from "@/lib/motion/stay-schema";
import { mergeDraft } from "@/lib/motion/testing";
import { checkProse, orderParagraphs } from "@/lib/prose";
import { clerkTexts } from "@/lib/prose/clerk-texts";
import { orderPlainText } from "@/lib/render/plain-text";
import { draftOrder } from "./draft-order";

/**
 * What each kind of stay must print, whatever else the order decides. One row per kind of stay
 * the schema knows (a Record, so a new kind fails to compile until it has its row):
 * - `request`: the words naming the request where the court rules on it;
 * - `stayed`: the decree that says what is stayed (or lifted) when the stay is granted;
 * - `standard`: the authority the stay's section states, or none (a lift: none is verified).
 * `{order}` stands for the order under review as the order names it ("April 2, 2026 Order").
 */
const STAY_KINDS: Record<StayKind, { request: string; stayed: string; standard: string | undefined }> = {
  proceedings: {
    request: "request to stay the case",
    stayed: "Proceedings in this Court are STAYED pending the Court of Appeals' decision",
    standard: "Landis",
  },
  "proceedings-pending-other-court": {
    request: "request to stay the case pending the Fifth Circuit's decision in Doe v. Roe",
    stayed: "Proceedings in this Court are STAYED pending the Fifth Circuit's decision in Doe v. Roe",
    standard: "Landis",
  },
  "proceedings-further-order": {
    request: "request to stay the case",
    stayed: "Proceedings in this Court are STAYED pending further order of the Court.",
    standard: "Landis",
  },
  "order-pending-appeal": {
    request: "request to stay the {order} pending appeal",
    stayed: "The Court's {order} (ECF No. 40) is STAYED pending",
    standard: "Nken",
  },
  lift: {
    request: "request to lift the stay (ECF No. 30)",
    stayed: "The stay (ECF No. 30) is LIFTED",
    standard: undefined,
  },
};

/** The second answer a kind can take: a stay of the order's execution; vacating the stay in place. */
const VARIANTS = {
  "order-pending-appeal": {
    request: "request to stay execution of the {order} pending appeal",
    stayed: "Execution of the Court's {order} (ECF No. 40) is STAYED pending",
    standard: "Nken",
  },
  lift: {
    request: "request to vacate the stay (ECF No. 30)",
    stayed: "The stay (ECF No. 30) is VACATED",
    standard: undefined,
  },
} satisfies Partial<typeof STAY_KINDS>;

const DISPOSED: Record<StayDecision, string> = {
  grant: "is GRANTED.",
  "grant-in-part": "is GRANTED IN PART and DENIED IN PART.",
  deny: "is DENIED.",
  "deny-as-moot": "is DENIED AS MOOT.",
  defer: "is DEFERRED.",
};

const CERTIFICATION = ["grant", "deny"] as const;
/** The answer on the ruling step; undefined when the clerk has not said. */
const STAY_ON_GRANT = [undefined, true, false] as const;
const ORDER_REF = "April 2, 2026 Order";
/** The stay the certification order itself may put in place (the ruling step's answer). */
const OWN_STAY = "Proceedings in this Court are STAYED pending the Court of Appeals' decision";

const fixture = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, "../../fixtures/circuits/202.json"), "utf8"),
) as { certification: Record<string, unknown> };
// No status report but the one each row asks for.
delete fixture.certification.statusReportDays;
const base = MotionDraftSchema.parse(fixture);

const plain = (text: string) => text.replace(/\s+/g, " ").replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
const filled = (words: string) => words.replace("{order}", ORDER_REF);
const count = (text: string, words: string) => text.split(words).length - 1;

const rows = StayKindSchema.options.flatMap((kind) =>
  StayDecisionSchema.options.flatMap((decision, d) =>
    CERTIFICATION.flatMap((certification) =>
      STAY_ON_GRANT.map((stayOnGrant, s) => ({
        kind,
        decision,
        certification,
        stayOnGrant,
        // Every other row asks for a status report, and every other lift is another party's motion.
        statusReport: (d + s) % 2 === 0,
        liftByOtherParty: kind === "lift" && d % 2 === 1,
        // The second answer of each kind that has one: execution of the order; vacating the stay.
        variant: s === 1 && (kind === "order-pending-appeal" || kind === "lift"),
      })),
    ),
  ),
);

describe("every stay's grant, denial and decree agree with themselves", () => {
  it.each(rows)(
    "$kind stay, $decision, certification $certification, stay on grant $stayOnGrant, status report $statusReport, lift by another party $liftByOtherParty, execution or vacate $variant",
    ({ kind, decision, certification, stayOnGrant, statusReport, liftByOtherParty, variant }) => {
      const draft: MotionDraft = mergeDraft(base, {
        stay: {
          requested: true,
          kind,
          decision,
          placement: "section",
          requestCite: "43 at 12",
          partGranted: "discovery on Count III",
          otherCourt: "the Fifth Circuit's decision in Doe v. Roe",
          stayInPlaceDocketNumber: "30",
          ...(liftByOtherParty ? { liftMovant: "Defendant Harbor Holdings, LLC" } : {}),
          ...(statusReport ? { statusReportBy: "days" as const, statusReportDays: 21 } : {}),
          ...(variant && kind === "order-pending-appeal" ? { orderStayed: "execution" as const } : {}),
          ...(variant && kind === "lift" ? { liftAction: "vacate" as const } : {}),
        },
        certification: { decision: certification, stayProceedingsOnGrant: stayOnGrant },
      });
      const { doc, style } = draftOrder(draft);
      const text = plain(orderPlainText(doc, style));
      const decree = text.slice(text.lastIndexOf("IT IS ORDERED"));
      const words = variant ? VARIANTS[kind as keyof typeof VARIANTS] : STAY_KINDS[kind];
      const request = liftByOtherParty
        ? `request of Defendant Harbor Holdings, LLC to ${variant ? "vacate" : "lift"} the stay (ECF No. 30)`
        : filled(words.request);
      const granted = decision === "grant" || decision === "grant-in-part";
      const oneSentenceDenial =
        certification === "deny" &&
        (decision === "deny" || decision === "deny-as-moot") &&
        !statusReport &&
        !liftByOtherParty;

      // The section rules on the request, and the decree disposes of it exactly once.
      expect(text).toContain(request);
      if (oneSentenceDenial) {
        expect(text).not.toContain("IT IS ORDERED");
        expect(text).toMatch(/For the foregoing reasons, Plaintiff.s motion .{0,40} is HEREBY DENIED\./);
      } else {
        expect(count(decree, request)).toBe(1);
        expect(decree).toContain(`${request} ${DISPOSED[decision]}`);
      }

      // A stay granted never sits beside "This Order does not stay proceedings".
      const saysNotStayed = /(^|\. )This Order does not stay proceedings/.test(text);
      if (granted && kind !== "lift") expect(saysNotStayed).toBe(false);
      expect(saysNotStayed && text.includes("Proceedings in this Court are STAYED")).toBe(false);
      // … and it is said only on the clerk's answer (or a stay of proceedings denied).
      if (saysNotStayed) expect(stayOnGrant === false || decision === "deny").toBe(true);

      // What is stayed: printed on a grant; a denied, deferred or moot stay never says STAYED (the
      // certification order's own stay of proceedings, on the ruling step's answer, aside).
      if (granted) {
        const stayed =
          decision === "grant-in-part"
            ? filled(words.stayed).replace(/(STAYED|LIFTED|VACATED)/, "$1 as to discovery on Count III")
            : filled(words.stayed);
        expect(text).toContain(stayed);
      } else {
        expect(decree.replaceAll(OWN_STAY, "")).not.toContain("STAYED");
        if (decree.includes(OWN_STAY)) expect(certification === "grant" && stayOnGrant === true).toBe(true);
      }
      // A lift says the stay is lifted only when the court lifts it.
      expect(/LIFTED|VACATED/.test(decree)).toBe(kind === "lift" && granted);

      // The standard follows the kind: Landis for proceedings, Nken for the order, none for a lift.
      const heading =
        kind !== "lift" ? "Request for a Stay" : variant ? "Request to Vacate the Stay" : "Request to Lift the Stay";
      const section = text.slice(text.indexOf(heading));
      expect(text).toContain(heading);
      const moot = decision === "deny-as-moot" && (kind === "proceedings" || kind === "order-pending-appeal");
      if (words.standard && !moot) expect(section).toContain(words.standard);
      if (kind === "lift") expect(section).not.toMatch(/Landis|Nken/);
      if (kind === "proceedings-pending-other-court" || kind === "proceedings-further-order")
        expect(section).not.toContain("application for an appeal hereunder shall not stay");

      // A status report only when the clerk asks for one, and then once.
      expect(count(text, "status report")).toBe(statusReport ? 1 : 0);

      // The prose check finds nothing in the order.
      const findings = checkProse(orderParagraphs(doc, style), { clerkTexts: clerkTexts(draft) });
      expect(findings.map((f) => `${f.rule}: ${f.context}`)).toEqual([]);
    },
  );
});
