"use client";

import { useState } from "react";
import { useFormContext } from "react-hook-form";
import { z } from "zod";
import { callApi } from "@/components/api/api-client";
import { API } from "@/lib/api/endpoints";
import { RoleSchema, type Role } from "@/lib/workflow/schema";
import { AccountForm } from "./account-form";

const InviteFormSchema = z.object({
  email: z.email({ error: "Enter an email address" }).max(320),
  role: RoleSchema,
});

/** The judge (or the chambers' admin) invites a member and gets a one-time link to send them; only a judge may invite a judge. */
export function InviteForm({ grantableRoles }: { grantableRoles: readonly Role[] }) {
  const [link, setLink] = useState<string | undefined>(undefined);
  return (
    <div>
      <AccountForm
        schema={InviteFormSchema}
        submitLabel="Create invitation link"
        fields={[{ name: "email", label: "Email of the person to invite", type: "email", autoComplete: "off" }]}
        onSubmit={async (values) => {
          setLink(undefined);
          const invited = await callApi(API.invite(), values);
          if (!invited.ok) return invited;
          setLink(invited.value.link);
        }}
      >
        <RoleChoice grantableRoles={grantableRoles} />
      </AccountForm>
      {link ? (
        <div role="status" className="mt-4 rounded border border-ok bg-white p-3">
          <p className="font-medium">Send this link to the person invited (it works once, for 7 days):</p>
          <p className="mt-1 break-all font-mono text-sm" data-testid="invitation-link">
            {link}
          </p>
        </div>
      ) : null}
    </div>
  );
}

const ROLE_CHOICES: { role: Role; label: string }[] = [
  { role: "clerk", label: "Law clerk (drafts and comments)" },
  { role: "judge", label: "Judge (also approves and returns)" },
  { role: "admin", label: "Chambers administrator (invites members)" },
];

function RoleChoice({ grantableRoles }: { grantableRoles: readonly Role[] }) {
  const { register } = useFormContext();
  return (
    <div>
      <label htmlFor="invite-role" className="block font-medium">
        Role
      </label>
      <select
        id="invite-role"
        defaultValue="clerk"
        className="mt-1 block rounded border border-slate-400 bg-white px-3 py-2"
        {...register("role")}
      >
        {ROLE_CHOICES.filter((choice) => grantableRoles.includes(choice.role)).map((choice) => (
          <option key={choice.role} value={choice.role}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
