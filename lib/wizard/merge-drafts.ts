import type { MotionDraft } from "@/lib/motion/schema";
import type { StepId } from "@/lib/standards/step-id";
import { getAtPath } from "./field-path";
import { stepForField } from "./steps";
import { threeWayMerge, type MergePath, type MergeSide } from "./three-way-merge";

/** An answer changed on both sides, as the conflict banner lists it. */
export type DraftConflict = {
  /** Dotted path with list positions as in this screen's draft ("case.parties.1.name"). */
  field: string;
  /** "The motion: title as filed", "Parties and case: parties, item 2, name". */
  label: string;
  step?: StepId;
  kind: "value" | "order";
  mine: unknown;
  theirs: unknown;
};

export type DraftMerge = { draft: MotionDraft; conflicts: DraftConflict[] };

/** "titleAsFiled" → "title as filed". */
const words = (key: string): string => key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();

/** The path with each list item replaced by its position in `draft` (or in `other`, for an item this side removed). */
function dottedPath(path: MergePath, draft: unknown, other: unknown): { dotted: string[]; spoken: string[] } {
  const dotted: string[] = [];
  const spoken: string[] = [];
  for (const segment of path) {
    if (typeof segment === "string") {
      dotted.push(segment);
      spoken.push(words(segment));
      continue;
    }
    const listPath = dotted.join(".");
    const positionIn = (source: unknown) => {
      const list = getAtPath(source, listPath);
      return Array.isArray(list) ? list.findIndex((item: { id?: unknown }) => item?.id === segment.id) : -1;
    };
    const index = positionIn(draft) >= 0 ? positionIn(draft) : positionIn(other);
    dotted.push(String(Math.max(index, 0)));
    spoken.push(`item ${index + 1}`);
  }
  return { dotted, spoken };
}

/**
 * The domain's merge policy: drafts merge by answer (lib/wizard/three-way-merge, lists keyed by
 * item id), and each conflict is named in the words of the step that asks for it.
 */
export function mergeDrafts(
  base: MotionDraft | undefined,
  mine: MotionDraft,
  theirs: MotionDraft,
  prefer: MergeSide = "mine",
): DraftMerge {
  // Without the base (it could not be fetched) every answer that differs is a conflict.
  const { merged, conflicts } = threeWayMerge<MotionDraft | undefined>(base, mine, theirs, prefer);
  return {
    draft: merged as MotionDraft,
    conflicts: conflicts.map((conflict) => {
      const { dotted, spoken } = dottedPath(conflict.path, mine, theirs);
      const field = dotted.join(".");
      const step = stepForField(field);
      const what = (spoken.length > 1 ? spoken.slice(1) : spoken).join(", ");
      const label = `${step ? `${step.title}: ` : ""}${what}${conflict.kind === "order" ? " (order)" : ""}`;
      return {
        field,
        label,
        ...(step ? { step: step.id } : {}),
        kind: conflict.kind,
        mine: conflict.mine,
        theirs: conflict.theirs,
      };
    }),
  };
}
