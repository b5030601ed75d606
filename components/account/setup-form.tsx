"use client";

import { z } from "zod";
import { callApi } from "@/components/api/api-client";
import { API } from "@/lib/api/endpoints";
import { ChambersSetupSchema } from "@/lib/accounts/credentials";
import { AccountForm } from "./account-form";
import { loadAfterSessionChange, signIn } from "./sign-in";

const SetupFormSchema = ChambersSetupSchema.extend({ email: z.email({ error: "Enter an email address" }) });

/** First run (or a new chambers with the court's setup token): the chambers and its judge's account. */
export function SetupForm({ setupToken }: { setupToken?: string | undefined }) {
  return (
    <AccountForm
      schema={SetupFormSchema}
      submitLabel="Create the chambers"
      fields={[
        {
          name: "chambersName",
          label: "Chambers",
          type: "text",
          autoComplete: "organization",
          hint: "For example: Chambers of Judge Ana Reyes",
        },
        { name: "judgeName", label: "Judge's name", type: "text", autoComplete: "name" },
        { name: "email", label: "Judge's email", type: "email", autoComplete: "email" },
        {
          name: "password",
          label: "Password",
          type: "password",
          autoComplete: "new-password",
          hint: "At least 12 characters",
        },
      ]}
      onSubmit={async (values) => {
        const created = await callApi(API.setup(), { ...values, ...(setupToken ? { setupToken } : {}) });
        if (!created.ok) {
          const reason = created.conflict?.reason;
          if (reason === "email-taken")
            return { issues: [{ path: "email", message: "An account with this email already exists" }] };
          if (reason === "already-set-up")
            return {
              error:
                "Chambers Drafts is already set up here. Sign in, or ask the court's administrator for a setup link.",
            };
          return created;
        }
        const signedIn = await signIn(values.email, values.password);
        if (!signedIn.ok) return { error: signedIn.error };
        loadAfterSessionChange("/drafts");
      }}
    />
  );
}
