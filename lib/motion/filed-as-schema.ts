import { z } from "zod";

/**
 * What was filed: a motion (granted or denied), or objections to a magistrate judge's order under
 * Rule 72(a) that ask for certification (sustained or overruled). Unanswered: a motion.
 */
export const FiledAsSchema = z.enum(["motion", "objection"]);
export type FiledAs = z.infer<typeof FiledAsSchema>;
