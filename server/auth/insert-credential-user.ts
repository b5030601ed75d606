import "server-only";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { account, user } from "@/server/db/schema";
import type { Db } from "@/server/db/types";
import type { Auth } from "./create-auth";

/**
 * Inserts a user and their "credential" account (password hashed by better-auth's own hasher),
 * the rows better-auth's sign-up would write, inside the caller's transaction so the user and
 * their membership appear together. Null if the email is taken.
 */
export async function insertCredentialUser(
  tx: Db,
  auth: Auth,
  input: { name: string; email: string; password: string },
): Promise<{ userId: string } | null> {
  const [taken] = await tx.select({ id: user.id }).from(user).where(eq(user.email, input.email)).limit(1);
  if (taken) return null;
  const ctx = await auth.$context;
  const hash = await ctx.password.hash(input.password);
  const userId = randomUUID();
  await tx.insert(user).values({ id: userId, name: input.name, email: input.email, emailVerified: false });
  await tx
    .insert(account)
    .values({ id: randomUUID(), accountId: userId, providerId: "credential", userId, password: hash });
  return { userId };
}
