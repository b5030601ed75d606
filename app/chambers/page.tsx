import type { Metadata } from "next";
import Link from "next/link";
import { InviteForm } from "@/components/account/invite-form";
import { MemberControls, RevokeInvitationButton } from "@/components/account/member-controls";
import { AppHeader } from "@/components/wizard/app-header";
import { formatDay } from "@/lib/dates/format-when";
import { mayGrant, mayManage, mayManageMembers } from "@/lib/workflow/member-rules";
import { ROLES } from "@/lib/workflow/schema";
import { listMembers } from "@/server/chambers/member-names";
import { listOpenInvitations } from "@/server/chambers/members";
import { currentUser } from "@/server/auth/current-user";
import { requireActor } from "@/server/auth/require-actor";

export const metadata: Metadata = { title: "Chambers" };

const ROLE_NAMES = { clerk: "Law clerk", judge: "Judge", admin: "Chambers administrator" } as const;

const day = formatDay;

/**
 * The chambers' members and, for the judge or administrator, managing them: names, roles (only a
 * judge grants the judge role), ending sessions, removing a member; open invitations, revoking one;
 * the invitation form.
 */
export default async function ChambersPage() {
  const { actor, db } = await requireActor("/chambers");
  const manages = mayManageMembers(actor.role);
  const [user, members, invitations] = await Promise.all([
    currentUser(db, actor),
    listMembers(db, actor.chambersId),
    manages ? listOpenInvitations(db, actor.chambersId) : Promise.resolve([]),
  ]);
  const grantable = ROLES.filter((role) => mayGrant(actor.role, role));
  return (
    <div className="min-h-screen">
      <AppHeader user={user} />
      <main className="mx-auto max-w-3xl px-4 py-10">
        <h1 className="font-serif text-3xl">{user.chambersName}</h1>
        <p className="mt-4">
          <Link href="/chambers/style" className="underline">
            The chambers’ style for orders
          </Link>{" "}
          <span className="text-muted">(title, headings, decretal language, docket citations)</span>
        </p>
        <h2 className="mt-8 text-xl font-semibold">Members</h2>
        <ul className="mt-3 divide-y divide-line rounded-lg border border-line bg-white">
          {members.map((member) => (
            <li key={member.userId} className="p-3">
              <div className="flex justify-between gap-4">
                <span>
                  {member.name} <span className="text-sm text-muted">{member.email}</span>
                </span>
                <span className="text-sm">{ROLE_NAMES[member.role]}</span>
              </div>
              {mayManage(actor, member) ? (
                <MemberControls
                  userId={member.userId}
                  name={member.name}
                  role={member.role}
                  grantableRoles={grantable}
                />
              ) : null}
            </li>
          ))}
        </ul>
        {manages ? (
          <>
            {invitations.length > 0 ? (
              <section aria-labelledby="invitations-heading" className="mt-10">
                <h2 id="invitations-heading" className="text-xl font-semibold">
                  Open invitations
                </h2>
                <ul className="mt-3 divide-y divide-line rounded-lg border border-line bg-white">
                  {invitations.map((invitation) => (
                    <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-4 p-3">
                      <span>
                        {invitation.email}{" "}
                        <span className="text-sm text-muted">
                          {ROLE_NAMES[invitation.role]}, open until {day(invitation.expiresAt)}
                        </span>
                      </span>
                      {mayGrant(actor.role, invitation.role) ? (
                        <RevokeInvitationButton invitationId={invitation.id} email={invitation.email} />
                      ) : null}
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            <section aria-labelledby="invite-heading" className="mt-10 rounded-lg border border-line bg-white p-6">
              <h2 id="invite-heading" className="text-xl font-semibold">
                Invite a member
              </h2>
              <InviteForm grantableRoles={grantable} />
            </section>
          </>
        ) : (
          <p className="mt-8 text-muted">The judge or the chambers administrator invites new members.</p>
        )}
      </main>
    </div>
  );
}
