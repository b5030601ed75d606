import type { Metadata } from "next";
import Link from "next/link";
import { AccountPage } from "@/components/account/account-page";
import { SetupForm } from "@/components/account/setup-form";
import { needsSetup } from "@/server/auth/needs-setup";
import { isValidSetupToken } from "@/server/auth/setup-token";
import { getDb } from "@/server/db/client";

export const metadata: Metadata = { title: "Set up chambers" };

/** First run: create the chambers and the judge's account. Later, only with the court's setup token. */
export default async function SetupPage({ searchParams }: PageProps<"/setup">) {
  const { token } = await searchParams;
  const setupToken = typeof token === "string" ? token : undefined;
  const isFirstRun = await needsSetup(await getDb());
  if (!isFirstRun && !isValidSetupToken(setupToken)) {
    return (
      <AccountPage title="Chambers Drafts is set up" lede="Members join a chambers by invitation from the judge.">
        <Link href="/login" className="mt-6 inline-block text-seal underline">
          Sign in
        </Link>
      </AccountPage>
    );
  }
  return (
    <AccountPage
      title={isFirstRun ? "Set up your chambers" : "Set up another chambers"}
      lede="Create the chambers and the judge's account. The judge then invites the law clerks."
    >
      <SetupForm {...(isFirstRun ? {} : { setupToken })} />
    </AccountPage>
  );
}
