import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { toDraftIssues } from "@/lib/motion/parse-draft";
import { invitations, memberships } from "@/server/db/schema";
import type { Db } from "@/server/db/types";
import { fail, ok, type Failure, type Issue, type Result } from "@/server/errors";
import type { Actor } from "./actor";
import type { Auth } from "./create-auth";
import { CredentialsSchema } from "@/lib/accounts/credentials";
import { hashToken } from "./hash-token";
import { insertCredentialUser } from "./insert-credential-user";
import { passwordProblem } from "./password-strength";

type AcceptFailure =
  Failure<"not-found"> | Failure<"invalid", { issues: Issue[] }> | Failure<"conflict", { reason: "email-taken" }>;

/** Thrown inside the transaction to roll it back while still answering with a value. */
class Rollback extends Error {
  constructor(readonly failure: AcceptFailure) {
    super(failure.code);
  }
}

const NameAndPasswordSchema = CredentialsSchema.pick({ name: true, password: true });

/**
 * Accepts an invitation: spends the token and creates the invitee's account (for the invited
 * email) and membership, all in one transaction; on any failure nothing is written and the token
 * stays usable. An unknown, used or expired token is not-found.
 */
export async function acceptInvitation(
  db: Db,
  auth: Auth,
  token: string,
  name: string,
  password: string,
): Promise<Result<Actor, AcceptFailure>> {
  const parsed = NameAndPasswordSchema.safeParse({ name, password });
  if (!parsed.success) return fail("invalid", { issues: toDraftIssues(parsed.error) });
  try {
    return await db.transaction(async (tx) => {
      // Compare-and-set: only one acceptance can spend the token.
      const [invitation] = await tx
        .update(invitations)
        .set({ acceptedAt: sql`now()` })
        .where(
          and(
            eq(invitations.tokenHash, hashToken(token)),
            isNull(invitations.acceptedAt),
            gt(invitations.expiresAt, sql`now()`),
          ),
        )
        .returning();
      if (!invitation) throw new Rollback(fail("not-found"));
      const weak = passwordProblem(parsed.data.password, [parsed.data.name, invitation.email]);
      if (weak) throw new Rollback(fail("invalid", { issues: [{ path: "password", message: weak }] }));
      const created = await insertCredentialUser(tx, auth, { ...parsed.data, email: invitation.email });
      if (!created) throw new Rollback(fail("conflict", { reason: "email-taken" as const }));
      await tx
        .insert(memberships)
        .values({ userId: created.userId, chambersId: invitation.chambersId, role: invitation.role });
      return ok({ userId: created.userId, chambersId: invitation.chambersId, role: invitation.role });
    });
  } catch (error) {
    if (error instanceof Rollback) return error.failure;
    throw error;
  }
}
