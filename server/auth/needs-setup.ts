import "server-only";
import { chambers } from "@/server/db/schema";
import type { Db } from "@/server/db/types";

/** First run: true while no chambers exists (the setup page creates the first one with its judge). */
export async function needsSetup(db: Db): Promise<boolean> {
  const [row] = await db.select({ id: chambers.id }).from(chambers).limit(1);
  return !row;
}
