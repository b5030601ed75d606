import "server-only";
import { eq, inArray } from "drizzle-orm";
import { printableText } from "@/lib/order/printable-text";
import { ROLE_LABELS } from "@/lib/workflow/member-rules";
import { memberships, user } from "@/server/db/schema";
import type { Db } from "@/server/db/types";
import type { Role } from "@/lib/workflow/schema";

/** A member of the chambers, as the review screens name them. */
export type Member = { userId: string; name: string; email: string; role: Role };

/** The members of one chambers (names for comments, versions and the audit trail). */
export async function listMembers(db: Db, chambersId: string): Promise<Member[]> {
  return db
    .select({ userId: user.id, name: user.name, email: user.email, role: memberships.role })
    .from(memberships)
    .innerJoin(user, eq(user.id, memberships.userId))
    .where(eq(memberships.chambersId, chambersId))
    .orderBy(user.name);
}

/** A name as a screen shows it: printable (no bidi control left open to reorder the line), one line. */
const shownName = (name: string) => printableText(name).replace(/\s+/g, " ").trim();

/**
 * userId → "Name (role)" for one chambers: the role beside every name in review, activity,
 * versions and Word files, so no one passes for the judge by their name alone. `alsoUserIds`
 * (the authors of a draft's history) who are no longer members read "Name (former member)".
 */
export async function memberNames(
  db: Db,
  chambersId: string,
  alsoUserIds: readonly string[] = [],
): Promise<Map<string, string>> {
  const members = await listMembers(db, chambersId);
  const names = new Map(members.map((m) => [m.userId, `${shownName(m.name)} (${ROLE_LABELS[m.role]})`]));
  const former = [...new Set(alsoUserIds)].filter((id) => !names.has(id));
  if (former.length > 0) {
    const rows = await db.select({ id: user.id, name: user.name }).from(user).where(inArray(user.id, former));
    for (const row of rows) names.set(row.id, `${shownName(row.name)} (former member)`);
  }
  return names;
}
