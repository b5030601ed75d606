import { z } from "zod";

/** A new account's name, email and password (better-auth hashes the password). */
export const CredentialsSchema = z.object({
  name: z.string().trim().min(1).max(200),
  email: z
    .email()
    .max(320)
    .transform((e) => e.trim().toLowerCase()),
  password: z.string().min(12, { error: "Use at least 12 characters" }).max(128),
});
export type Credentials = z.input<typeof CredentialsSchema>;

/** The first-run form: the chambers' name and the judge's account. */
export const ChambersSetupSchema = z.object({
  chambersName: z.string().trim().min(1).max(200),
  judgeName: CredentialsSchema.shape.name,
  email: CredentialsSchema.shape.email,
  password: CredentialsSchema.shape.password,
});
