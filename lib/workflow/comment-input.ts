import { z } from "zod";
import { CommentAnchorSchema, CommentBodySchema } from "./schema";

/** What a reviewer sends: where the comment points, its text, and the revision (default: current). */
export const CommentInputSchema = z.strictObject({
  anchor: CommentAnchorSchema,
  body: CommentBodySchema,
  revision: z.number().int().min(1).optional(),
});
export type CommentInput = z.infer<typeof CommentInputSchema>;
