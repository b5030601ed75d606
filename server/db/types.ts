import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type * as schema from "./schema";

/** A drizzle handle on either backend (PGlite or node-postgres), or a transaction on one. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
