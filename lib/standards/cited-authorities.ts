import { findAuthority, getProposition } from "@/lib/authorities";
import type { MotionDraft } from "@/lib/motion/schema";
import type { StayKind } from "@/lib/motion/stay-schema";
import { listClerkMarkers } from "@/lib/motion/clerk-markers";
import { stayKindOf } from "./companions/stay-kinds";
import { slotPropositions } from "./formulations/slot-propositions";
import type { SlotId } from "./formulations/types";
import type { FindingsBeforeWarnings } from "./warnings/warning-check";

const ALWAYS: readonly SlotId[] = [
  "final-judgment-rule",
  "piecemeal-review",
  "three-elements",
  "timeliness",
  "exceptional-circumstances",
  "narrow-construction",
  "purpose",
  "discretion",
  "discretion-to-deny",
  "burden",
];

/** The standard a stay's section states, by kind: none for a lift (no verified standard in the library). */
const STAY_SLOTS: Record<StayKind, readonly SlotId[]> = {
  proceedings: ["stay-of-proceedings"],
  "proceedings-pending-other-court": ["stay-inherent-power"],
  "proceedings-further-order": ["stay-inherent-power"],
  "order-pending-appeal": ["stay-pending-appeal"],
  lift: [],
};

/**
 * The slots of the legal standard an order prints, as the templates print them: the general
 * standard always, each element's slots when its discussion prints, the companion requests' slots
 * when they are in play. A superset is safe (a test holds every printed citation to it).
 */
function printedSlots(findings: FindingsBeforeWarnings): SlotId[] {
  const discussed = (element: string) =>
    findings.certification.elements.some(
      (e) => e.element === element && (e.status === "met" || e.status === "not-met"),
    );
  const { reconsideration, stay, certification } = findings;
  const stayKind = stayKindOf(stay.kind);
  return [
    ...ALWAYS,
    ...(discussed("controlling-question") ? (["controlling-question", "pure-question-of-law"] as const) : []),
    ...(discussed("substantial-ground") ? (["substantial-ground", "mere-disagreement"] as const) : []),
    ...(discussed("materially-advance") ? (["materially-advance"] as const) : []),
    ...(certification.disposition === "denied" || stay.disposition === "denied-as-moot"
      ? (["no-jurisdiction-without-certification"] as const)
      : []),
    ...(reconsideration.disposition !== "not-requested"
      ? ([
          "reconsideration-59e",
          "reconsideration-59e-grounds",
          "reconsideration-59e-no-relitigation",
          "reconsideration-54b",
          "reconsideration-60b",
        ] as const)
      : []),
    ...(stay.disposition !== "not-requested" ? STAY_SLOTS[stayKind] : []),
  ];
}

/** An authority and the ones its proposition quotes or cites (printed in its parentheticals). */
function withNested(authorityId: string, propositionId: string | undefined): string[] {
  if (!findAuthority(authorityId)) return [];
  const proposition = propositionId ? getProposition(authorityId, propositionId) : undefined;
  return [authorityId, proposition?.quoting?.authorityId, proposition?.citing?.authorityId].filter(
    (id): id is string => id !== undefined,
  );
}

/** Every string the clerk wrote anywhere in the draft (clerk text may carry [[cite …]] markers). */
function clerkStrings(value: unknown): string[] {
  if (typeof value === "string") return value.includes("[[") ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(clerkStrings);
  if (value && typeof value === "object") return Object.values(value).flatMap(clerkStrings);
  return [];
}

/**
 * The library authorities an order drafted from `draft` cites: the printed slots of its legal
 * standard (after the fall-back for authorities later than the order) and every citation marker
 * in the clerk's text, with the authorities their parentheticals quote or cite.
 */
export function citedAuthorityIds(draft: MotionDraft, findings: FindingsBeforeWarnings): Set<string> {
  const fromSlots = printedSlots(findings).flatMap((slot) =>
    slotPropositions(draft, findings.circuit, slot).flatMap((ref) => withNested(ref.authorityId, ref.propositionId)),
  );
  const fromClerk = clerkStrings(draft).flatMap((text) =>
    listClerkMarkers(text).markers.flatMap((marker) =>
      marker.kind === "cite" ? withNested(marker.authorityId, marker.propositionId) : [],
    ),
  );
  return new Set([...fromSlots, ...fromClerk]);
}
