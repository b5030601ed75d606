import { z } from "zod";
import { RoleSchema } from "@/lib/workflow/schema";

/** The signed-in person acting on drafts: who, in which chambers, with which role. */
export const ActorSchema = z.object({
  userId: z.string().min(1),
  chambersId: z.uuid(),
  role: RoleSchema,
});
export type Actor = z.infer<typeof ActorSchema>;
