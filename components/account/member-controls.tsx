"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi, type ApiResult } from "@/components/api/api-client";
import { useApiAction } from "@/components/api/use-api-action";
import { Button } from "@/components/ui/button";
import { API } from "@/lib/api/endpoints";
import type { Role } from "@/lib/workflow/schema";
import { ActionError } from "@/components/api/action-error";

const ROLE_OPTIONS: { role: Role; label: string }[] = [
  { role: "clerk", label: "Law clerk" },
  { role: "judge", label: "Judge" },
  { role: "admin", label: "Chambers administrator" },
];

/**
 * The judge's or administrator's controls for one member: their name, their role (the judge role
 * only where the signed-in person is a judge), ending their sessions, removing them.
 */
export function MemberControls({
  userId,
  name,
  role,
  grantableRoles,
}: {
  userId: string;
  name: string;
  role: Role;
  grantableRoles: Role[];
}) {
  const router = useRouter();
  const { run, isBusy, error } = useApiAction();
  const [newName, setNewName] = useState(name);
  const [newRole, setNewRole] = useState<Role>(role);
  const [status, setStatus] = useState<string | undefined>(undefined);
  const act = async (label: string, call: () => Promise<ApiResult<unknown>>) => {
    setStatus(undefined);
    const result = await run(call);
    if (!result.ok) return;
    setStatus(label);
    router.refresh();
  };
  return (
    <div className="mt-2 grid gap-2 text-sm">
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          void act(`Saved ${newName}.`, () => callApi(API.changeMember(userId), { name: newName, role: newRole }));
        }}
      >
        <label className="grid">
          <span>Name of {name}</span>
          <input
            className="rounded border border-slate-400 px-2 py-1"
            value={newName}
            maxLength={200}
            onChange={(event) => setNewName(event.target.value)}
          />
        </label>
        <label className="grid">
          <span>Role of {name}</span>
          <select
            className="rounded border border-slate-400 bg-white px-2 py-1"
            value={newRole}
            onChange={(event) => setNewRole(event.target.value as Role)}
          >
            {ROLE_OPTIONS.filter((option) => option.role === role || grantableRoles.includes(option.role)).map(
              (option) => (
                <option key={option.role} value={option.role}>
                  {option.label}
                </option>
              ),
            )}
          </select>
        </label>
        <Button size="sm" type="submit" disabled={isBusy}>
          Save<span className="sr-only"> {name}</span>
        </Button>
      </form>
      <div className="flex flex-wrap gap-2">
        <Button
          size="sm"
          disabled={isBusy}
          onClick={() => void act(`${name} is signed out everywhere.`, () => callApi(API.endSessions(userId), {}))}
        >
          End {name}&rsquo;s sessions
        </Button>
        <Button
          size="sm"
          disabled={isBusy}
          onClick={() => {
            if (window.confirm(`Remove ${name} from the chambers? They are signed out at once.`))
              void act(`${name} was removed.`, () => callApi(API.removeMember(userId), {}));
          }}
        >
          Remove {name}
        </Button>
      </div>
      {error ? (
        <p role="alert" className="text-danger">
          {error}
        </p>
      ) : null}
      {status ? <p role="status">{status}</p> : null}
    </div>
  );
}

/** Revokes an open invitation: its link stops working. */
export function RevokeInvitationButton({ invitationId, email }: { invitationId: string; email: string }) {
  const router = useRouter();
  const { run, isBusy, error } = useApiAction();
  return (
    <span className="inline-flex flex-col items-end">
      <Button
        size="sm"
        disabled={isBusy}
        onClick={async () => {
          const revoked = await run(() => callApi(API.revokeInvitation(invitationId), {}));
          if (revoked.ok) router.refresh();
        }}
      >
        Revoke the invitation for {email}
      </Button>
      <ActionError message={error} />
    </span>
  );
}
