import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { ChambersAuthorityInput } from "@/lib/chambers-library/schema";
import { user } from "./auth-tables";
import { chambers } from "./chambers-tables";

/**
 * A chambers' own authorities: cases a clerk added after verifying them, with who verified each,
 * where and when. The built-in library stays read only; these belong to one chambers.
 */
export const chambersAuthorities = pgTable(
  "chambers_authorities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    chambersId: uuid("chambers_id")
      .notNull()
      .references(() => chambers.id, { onDelete: "cascade" }),
    /** The authority id drafts and citations use ("chambers-smith-v-jones-1a2b3c4d"). */
    authorityId: text("authority_id").notNull(),
    /** ChambersAuthorityInputSchema, validated on the way in and on the way out. */
    data: jsonb("data").$type<ChambersAuthorityInput>().notNull(),
    verifiedByUserId: text("verified_by_user_id")
      .notNull()
      .references(() => user.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("chambers_authorities_chambers_authority_uq").on(t.chambersId, t.authorityId),
    index("chambers_authorities_chambers_idx").on(t.chambersId),
  ],
);
