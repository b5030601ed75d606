import type { MotionDraft } from "@/lib/motion/schema";
import type { Findings, WarningBody } from "../types";

/** The findings a warning check reads: everything but the warnings themselves. */
export type FindingsBeforeWarnings = Omit<Findings, "warnings">;

/** One warning: a pure check that returns the warning, with its data, or nothing (its severity is `warningSeverity`'s). */
export type WarningCheck = (draft: MotionDraft, findings: FindingsBeforeWarnings) => WarningBody | undefined;
