import { z } from "zod";
import type { SectionId } from "@/lib/order-doc/types";

/** The order's sections, in reading order (the `section` of every block). */
export const SECTION_IDS = [
  "introduction",
  "background",
  "legal-standard",
  "discussion",
  "reconsideration",
  "stay",
  "amendment",
  "conclusion",
] as const satisfies readonly SectionId[];
// Compile-time check that every SectionId is listed.
const _allSections: Record<SectionId, true> = Object.fromEntries(SECTION_IDS.map((s) => [s, true])) as Record<
  (typeof SECTION_IDS)[number],
  true
>;
void _allSections;

/** Where a review comment points: a section of the order, optionally one block (index into `body`) and a quoted passage in it. */
export const CommentAnchorSchema = z.strictObject({
  section: z.enum(SECTION_IDS),
  blockIndex: z.number().int().min(0).optional(),
  quote: z.string().min(1).max(1000).optional(),
});
export type CommentAnchor = z.infer<typeof CommentAnchorSchema>;

/**
 * A review comment as the Word export takes it: who wrote what, where, and when. `resolved`
 * comments are left out of the Word file unless asked for.
 */
export const ReviewCommentSchema = z.strictObject({
  id: z.string().min(1),
  anchor: CommentAnchorSchema,
  body: z.string().trim().min(1).max(5000),
  author: z.string().trim().min(1).max(200),
  initials: z.string().trim().min(1).max(9).optional(),
  date: z.date(),
  resolved: z.boolean().optional(),
});
export type ReviewComment = z.infer<typeof ReviewCommentSchema>;
