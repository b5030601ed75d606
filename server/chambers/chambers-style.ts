import "server-only";
import { eq } from "drizzle-orm";
import { StyleOverridesSchema, type StyleOverrides } from "@/lib/style/style-overrides";
import { mayManageMembers } from "@/lib/workflow/member-rules";
import type { Actor } from "@/server/auth/actor";
import { chambers } from "@/server/db/schema";
import type { Db } from "@/server/db/types";
import { fail, ok, type Failure, type Result } from "@/server/errors";

/**
 * The chambers' style (title form, headings, decretal formula, docket-citation pattern), as far as
 * it departs from the district's. Nothing chosen, or a stored value this version cannot read: none.
 */
export async function getChambersStyle(db: Db, chambersId: string): Promise<StyleOverrides> {
  const [row] = await db
    .select({ styleOverrides: chambers.styleOverrides })
    .from(chambers)
    .where(eq(chambers.id, chambersId));
  const parsed = StyleOverridesSchema.safeParse(row?.styleOverrides ?? {});
  return parsed.success ? parsed.data : {};
}

/** The judge or the chambers administrator sets the chambers' style; every draft started after it begins from it. */
export async function saveChambersStyle(
  db: Db,
  actor: Actor,
  style: StyleOverrides,
): Promise<Result<StyleOverrides, Failure<"forbidden-role">>> {
  if (!mayManageMembers(actor.role)) return fail("forbidden-role");
  await db.update(chambers).set({ styleOverrides: style }).where(eq(chambers.id, actor.chambersId));
  return ok(style);
}
