"use client";

import { z } from "zod";
import { AccountForm } from "./account-form";
import { loadAfterSessionChange, safeReturnPath, signIn } from "./sign-in";

const LoginSchema = z.object({
  email: z.email({ error: "Enter your email address" }),
  password: z.string().min(1, { error: "Enter your password" }).max(128),
});

/** Sign-in with email and password; back to where the member was going. */
export function LoginForm({ next }: { next?: string }) {
  return (
    <AccountForm
      schema={LoginSchema}
      submitLabel="Sign in"
      fields={[
        { name: "email", label: "Email", type: "email", autoComplete: "username" },
        { name: "password", label: "Password", type: "password", autoComplete: "current-password" },
      ]}
      onSubmit={async (values) => {
        const signedIn = await signIn(values.email, values.password);
        if (!signedIn.ok) return { error: signedIn.error };
        loadAfterSessionChange(safeReturnPath(next));
      }}
    />
  );
}
