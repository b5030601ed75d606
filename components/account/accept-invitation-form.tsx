"use client";

import { callApi } from "@/components/api/api-client";
import { API } from "@/lib/api/endpoints";
import { CredentialsSchema } from "@/lib/accounts/credentials";
import { AccountForm } from "./account-form";
import { loadAfterSessionChange, signIn } from "./sign-in";

const AcceptSchema = CredentialsSchema.pick({ name: true, password: true });

/** Joins a chambers from an invitation link: a name and a password for the invited email. */
export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  return (
    <AccountForm
      schema={AcceptSchema}
      submitLabel="Join the chambers"
      fields={[
        { name: "name", label: "Your name", type: "text", autoComplete: "name" },
        {
          name: "password",
          label: "Password",
          type: "password",
          autoComplete: "new-password",
          hint: "At least 12 characters",
        },
      ]}
      onSubmit={async (values) => {
        const accepted = await callApi(API.acceptInvitation(), { token, ...values });
        if (!accepted.ok) {
          if (accepted.conflict?.reason === "email-taken")
            return { error: "An account with this email already exists. Sign in instead." };
          if (accepted.status === 404)
            return { error: "This invitation has been used or has expired. Ask for a new one." };
          return accepted;
        }
        const signedIn = await signIn(email, values.password);
        if (!signedIn.ok) return { error: signedIn.error };
        loadAfterSessionChange("/drafts");
      }}
    />
  );
}
