import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AcceptInvitationForm } from "@/components/account/accept-invitation-form";
import { AccountPage } from "@/components/account/account-page";
import { findOpenInvitation } from "@/server/auth/find-invitation";
import { getDb } from "@/server/db/client";

export const metadata: Metadata = { title: "Join a chambers", referrer: "no-referrer" };

/** An invitation link: join the chambers as the invited email, with a name and a password. */
export default async function InvitePage({ params }: PageProps<"/invite/[token]">) {
  const { token } = await params;
  const invitation = await findOpenInvitation(await getDb(), token);
  if (!invitation) notFound();
  return (
    <AccountPage
      title={`Join ${invitation.chambersName}`}
      lede={`You are invited as ${invitation.role === "judge" ? "a judge" : `the ${invitation.role}`}, with the email ${invitation.email}.`}
    >
      <AcceptInvitationForm token={token} email={invitation.email} />
    </AccountPage>
  );
}
