import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { AppHeader } from "@/components/wizard/app-header";

export const metadata: Metadata = { title: "Page not found" };

/** The 404 page: for unknown addresses and for anything a page reports as not found (another chambers' draft included). */
export default async function NotFound() {
  // Rendered per request, never prerendered: a static page could not carry this request's CSP nonce.
  await connection();
  return (
    <div className="min-h-screen">
      <AppHeader />
      <main className="mx-auto max-w-xl px-4 py-16">
        <h1 className="font-serif text-3xl">Page not found</h1>
        <p className="mt-3 text-muted">There is nothing at this address, or it is not yours to see.</p>
        <p className="mt-6">
          <Link href="/drafts" className="text-seal underline underline-offset-2">
            Go to your drafts
          </Link>
        </p>
      </main>
    </div>
  );
}
