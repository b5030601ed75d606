import "server-only";
import { sql } from "drizzle-orm";
import { toDraftIssues } from "@/lib/motion/parse-draft";
import { chambers, memberships } from "@/server/db/schema";
import type { Db } from "@/server/db/types";
import { fail, ok, type Failure, type Issue, type Result } from "@/server/errors";
import type { Auth } from "./create-auth";
import { ChambersSetupSchema } from "@/lib/accounts/credentials";
import { insertCredentialUser } from "./insert-credential-user";
import { passwordProblem } from "./password-strength";

/**
 * First-run setup: creates the judge's account, the chambers and the judge's membership in one
 * transaction. Only while needsSetup() is true; afterwards a conflict (members come by invitation)
 * unless `allowAdditional` (the court's administrator presented the setup token).
 */
export async function createChambersWithJudge(
  db: Db,
  auth: Auth,
  input: unknown,
  options: { allowAdditional?: boolean } = {},
): Promise<
  Result<
    { chambersId: string; userId: string },
    Failure<"invalid", { issues: Issue[] }> | Failure<"conflict", { reason: "already-set-up" | "email-taken" }>
  >
> {
  const parsed = ChambersSetupSchema.safeParse(input);
  if (!parsed.success) return fail("invalid", { issues: toDraftIssues(parsed.error) });
  const { chambersName, judgeName, email, password } = parsed.data;
  const weak = passwordProblem(password, [judgeName, email, chambersName]);
  if (weak) return fail("invalid", { issues: [{ path: "password", message: weak }] });
  return db.transaction(async (tx) => {
    // Serialize concurrent first runs: only one may find the table empty.
    await tx.execute(sql`lock table ${chambers} in exclusive mode`);
    const [existing] = await tx.select({ id: chambers.id }).from(chambers).limit(1);
    if (existing && !options.allowAdditional) return fail("conflict", { reason: "already-set-up" as const });
    const created = await insertCredentialUser(tx, auth, { name: judgeName, email, password });
    if (!created) return fail("conflict", { reason: "email-taken" as const });
    const [row] = await tx.insert(chambers).values({ name: chambersName, judgeUserId: created.userId }).returning();
    if (!row) throw new Error("insert returned no row");
    await tx.insert(memberships).values({ userId: created.userId, chambersId: row.id, role: "judge" });
    return ok({ chambersId: row.id, userId: created.userId });
  });
}
