import { defineConfig } from "drizzle-kit";

/** drizzle-kit: `npx drizzle-kit generate` writes SQL migrations to drizzle/ (the app applies them at start-up). */
export default defineConfig({
  dialect: "postgresql",
  schema: "./server/db/schema.ts",
  out: "./drizzle",
});
