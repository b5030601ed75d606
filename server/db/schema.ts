/** The whole database schema (PostgreSQL dialect), for drizzle, drizzle-kit and better-auth. */
export * from "./schema/auth-tables";
export * from "./schema/chambers-tables";
export * from "./schema/draft-tables";
export * from "./schema/throttle-tables";
export * from "./schema/chambers-library-tables";
