import type { MotionDraft } from "@/lib/motion/schema";
import type { DraftStatus } from "@/lib/workflow/schema";

/** What the wizard opens with: the server's current version of the draft, and who is editing it. */
export type InitialDraft = {
  revision: number;
  status: DraftStatus;
  data: MotionDraft;
  savedAt: string;
  /** Who saved this revision. */
  savedBy: string;
  /** The signed-in member (whose typing the browser backs up). */
  userId: string;
};
