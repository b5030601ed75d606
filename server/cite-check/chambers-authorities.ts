import "server-only";
import { randomUUID } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { toDraftIssues } from "@/lib/motion/parse-draft";
import { ChambersAuthorityInputSchema, type ChambersAuthorityInput } from "@/lib/chambers-library/schema";
import { chambersAuthorityId, toChambersAuthority } from "@/lib/chambers-library/to-authority";
import type { Actor } from "@/server/auth/actor";
import { chambersAuthorities, user } from "@/server/db/schema";
import type { Db } from "@/server/db/types";
import { fail, ok, type Failure, type Issue, type Result } from "@/server/errors";

/** One of the chambers' own authorities, as the library page lists it and the checks read it. */
export type ChambersAuthorityEntry = {
  id: string;
  input: ChambersAuthorityInput;
  verifiedBy: string;
  createdAt: Date;
  authority: ReturnType<typeof toChambersAuthority>;
};

/** The actor's chambers' own authorities, oldest first. Rows that no longer pass the schema are left out, not thrown. */
export async function listChambersAuthorities(db: Db, actor: Actor): Promise<ChambersAuthorityEntry[]> {
  const rows = await db
    .select({
      authorityId: chambersAuthorities.authorityId,
      data: chambersAuthorities.data,
      createdAt: chambersAuthorities.createdAt,
      verifiedBy: user.name,
    })
    .from(chambersAuthorities)
    .innerJoin(user, eq(user.id, chambersAuthorities.verifiedByUserId))
    .where(eq(chambersAuthorities.chambersId, actor.chambersId))
    .orderBy(asc(chambersAuthorities.createdAt));
  return rows.flatMap((row) => {
    const input = ChambersAuthorityInputSchema.safeParse(row.data);
    if (!input.success) return [];
    const record = { id: row.authorityId, input: input.data, verifiedBy: row.verifiedBy };
    return [{ ...record, createdAt: row.createdAt, authority: toChambersAuthority(record) }];
  });
}

/**
 * Adds a case to the actor's chambers' library, the actor recorded as who verified it. Each field
 * that is wrong comes back named; a case the chambers already holds (same volume, reporter and
 * first page) is refused.
 */
export async function addChambersAuthority(
  db: Db,
  actor: Actor,
  input: unknown,
): Promise<Result<ChambersAuthorityEntry, Failure<"invalid", { issues: Issue[] }>>> {
  const parsed = ChambersAuthorityInputSchema.safeParse(input);
  if (!parsed.success) return fail("invalid", { issues: toDraftIssues(parsed.error) });
  const data = parsed.data;
  const existing = await listChambersAuthorities(db, actor);
  const same = existing.find(
    (e) => e.input.volume === data.volume && e.input.reporter === data.reporter && e.input.firstPage === data.firstPage,
  );
  if (same)
    return fail("invalid", {
      issues: [{ path: "firstPage", message: `The chambers' library already holds ${same.input.name} at this cite` }],
    });
  const authorityId = chambersAuthorityId(data.name, randomUUID());
  await db
    .insert(chambersAuthorities)
    .values({ chambersId: actor.chambersId, authorityId, data, verifiedByUserId: actor.userId });
  const added = (await listChambersAuthorities(db, actor)).find((e) => e.id === authorityId);
  if (!added) throw new Error("the added authority was not found");
  return ok(added);
}
