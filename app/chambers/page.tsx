import type { Metadata } from "next";
import { InviteForm } from "@/components/account/invite-form";
import { AppHeader } from "@/components/wizard/app-header";
import { listMembers } from "@/server/chambers/member-names";
import { currentUser } from "@/server/auth/current-user";
import { requireActor } from "@/server/auth/require-actor";

export const metadata: Metadata = { title: "Chambers" };

const ROLE_NAMES = { clerk: "Law clerk", judge: "Judge", admin: "Chambers administrator" } as const;

/** The chambers' members and, for the judge or administrator, the invitation form. */
export default async function ChambersPage() {
  const { actor, db } = await requireActor("/chambers");
  const [user, members] = await Promise.all([currentUser(db, actor), listMembers(db, actor.chambersId)]);
  return (
    <div className="min-h-screen">
      <AppHeader user={user} />
      <main className="mx-auto max-w-3xl px-4 py-10">
        <h1 className="font-serif text-3xl">{user.chambersName}</h1>
        <h2 className="mt-8 text-xl font-semibold">Members</h2>
        <ul className="mt-3 divide-y divide-line rounded-lg border border-line bg-white">
          {members.map((member) => (
            <li key={member.userId} className="flex justify-between gap-4 p-3">
              <span>
                {member.name} <span className="text-sm text-muted">{member.email}</span>
              </span>
              <span className="text-sm">{ROLE_NAMES[member.role]}</span>
            </li>
          ))}
        </ul>
        {actor.role === "clerk" ? (
          <p className="mt-8 text-muted">The judge or the chambers administrator invites new members.</p>
        ) : (
          <section aria-labelledby="invite-heading" className="mt-10 rounded-lg border border-line bg-white p-6">
            <h2 id="invite-heading" className="text-xl font-semibold">
              Invite a member
            </h2>
            <InviteForm />
          </section>
        )}
      </main>
    </div>
  );
}
