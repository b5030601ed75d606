import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { chambers, invitations } from "@/server/db/schema";
import type { Db } from "@/server/db/types";
import { hashToken } from "./hash-token";

/** An open invitation by its token (unused, unexpired), with the chambers' name; undefined otherwise. */
export async function findOpenInvitation(
  db: Db,
  token: string,
): Promise<{ email: string; role: string; chambersName: string } | undefined> {
  if (token.length === 0 || token.length > 200) return undefined;
  const [row] = await db
    .select({ email: invitations.email, role: invitations.role, chambersName: chambers.name })
    .from(invitations)
    .innerJoin(chambers, eq(chambers.id, invitations.chambersId))
    .where(
      and(
        eq(invitations.tokenHash, hashToken(token)),
        isNull(invitations.acceptedAt),
        gt(invitations.expiresAt, sql`now()`),
      ),
    );
  return row;
}
