import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AccountPage } from "@/components/account/account-page";
import { LoginForm } from "@/components/account/login-form";
import { needsSetup } from "@/server/auth/needs-setup";
import { getDb } from "@/server/db/client";

export const metadata: Metadata = { title: "Sign in" };

/** Sign in (before any chambers exists, the first-run setup instead). */
export default async function LoginPage({ searchParams }: PageProps<"/login">) {
  // searchParams first: it makes the page dynamic, so the database is never read at build time.
  const { next } = await searchParams;
  if (await needsSetup(await getDb())) redirect("/setup");
  return (
    <AccountPage title="Sign in" lede="Drafts are confidential to your chambers.">
      <LoginForm {...(typeof next === "string" ? { next } : {})} />
    </AccountPage>
  );
}
