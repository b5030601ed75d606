import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import type { MotionDraft } from "@/lib/motion/schema";
import { AUDIT_ACTIONS, DRAFT_STATUSES, type CommentAnchor } from "@/lib/workflow/schema";
import { user } from "./auth-tables";
import { chambers } from "./chambers-tables";

/** Postgres enum of draft statuses, from DraftStatusSchema. */
export const draftStatusEnum = pgEnum("draft_status", DRAFT_STATUSES);
/** Postgres enum of audit actions, from AuditActionSchema. */
export const auditActionEnum = pgEnum("audit_action", AUDIT_ACTIONS);

/** A draft order: its head (status, current revision); its content lives in draft_versions. */
export const drafts = pgTable(
  "drafts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    chambersId: uuid("chambers_id")
      .notNull()
      .references(() => chambers.id, { onDelete: "cascade" }),
    status: draftStatusEnum("status").notNull().default("drafting"),
    currentRevision: integer("current_revision").notNull(),
    title: text("title").notNull(),
    createdBy: text("created_by")
      .notNull()
      .references(() => user.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("drafts_chambers_idx").on(t.chambersId, t.status)],
);

/** One saved revision of a draft; `data` is a MotionDraft (parsed on write and on read). */
export const draftVersions = pgTable(
  "draft_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    draftId: uuid("draft_id")
      .notNull()
      .references(() => drafts.id, { onDelete: "cascade" }),
    revision: integer("revision").notNull(),
    data: jsonb("data").$type<MotionDraft>().notNull(),
    note: text("note"),
    createdBy: text("created_by")
      .notNull()
      .references(() => user.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("draft_versions_draft_revision_uq").on(t.draftId, t.revision)],
);

/** A review comment anchored to a section (and optionally a block / quote) of one revision. */
export const comments = pgTable(
  "comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    draftId: uuid("draft_id")
      .notNull()
      .references(() => drafts.id, { onDelete: "cascade" }),
    revision: integer("revision").notNull(),
    anchor: jsonb("anchor").$type<CommentAnchor>().notNull(),
    body: text("body").notNull(),
    authorId: text("author_id")
      .notNull()
      .references(() => user.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    resolvedBy: text("resolved_by").references(() => user.id),
  },
  (t) => [index("comments_draft_idx").on(t.draftId)],
);

/** Who did what to a draft, and when; written in the same transaction as the change. */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    draftId: uuid("draft_id")
      .notNull()
      .references(() => drafts.id, { onDelete: "cascade" }),
    actorId: text("actor_id")
      .notNull()
      .references(() => user.id),
    action: auditActionEnum("action").notNull(),
    detail: jsonb("detail").$type<Record<string, unknown>>().notNull().default({}),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_events_draft_idx").on(t.draftId, t.at)],
);
