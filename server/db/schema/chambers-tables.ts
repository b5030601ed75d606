import { index, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { StyleOverrides } from "@/lib/style/style-overrides";
import { ROLES } from "@/lib/workflow/schema";
import { user } from "./auth-tables";

/** Postgres enum of member roles, from RoleSchema. */
export const roleEnum = pgEnum("member_role", ROLES);

/** A judge's chambers: the unit that owns drafts. */
export const chambers = pgTable("chambers", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  judgeUserId: text("judge_user_id")
    .notNull()
    .references(() => user.id),
  /**
   * How this chambers' orders look where they depart from the district's style (title form,
   * headings, decretal formula, docket-citation pattern): every new draft starts from it.
   */
  styleOverrides: jsonb("style_overrides").$type<StyleOverrides>(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A user's membership of a chambers, with their role. */
export const memberships = pgTable(
  "memberships",
  {
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    chambersId: uuid("chambers_id")
      .notNull()
      .references(() => chambers.id, { onDelete: "cascade" }),
    role: roleEnum("role").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("memberships_user_chambers_uq").on(t.userId, t.chambersId),
    index("memberships_chambers_idx").on(t.chambersId),
  ],
);

/** An invitation to join a chambers; only the SHA-256 of its token is stored. */
export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    chambersId: uuid("chambers_id")
      .notNull()
      .references(() => chambers.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    role: roleEnum("role").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("invitations_chambers_idx").on(t.chambersId)],
);
