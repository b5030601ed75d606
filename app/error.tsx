"use client";

import Link from "next/link";
import { AppHeader } from "@/components/wizard/app-header";
import { digestOf } from "@/components/errors/error-digest";

/**
 * A page that failed. The server logged what went wrong; the browser is told only that something
 * did, with the digest that finds the log entry. Nothing of the error itself is shown or logged here.
 */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = digestOf(error);
  return (
    <div className="min-h-screen">
      <AppHeader />
      <main className="mx-auto max-w-xl px-4 py-16">
        <h1 className="font-serif text-3xl">Something went wrong</h1>
        <p className="mt-3 text-muted">This page could not be shown. Your saved drafts are not affected.</p>
        {digest ? (
          <p className="mt-2 text-sm text-muted">
            Reference: <code>{digest}</code>
          </p>
        ) : null}
        <div className="mt-6 flex flex-wrap items-center gap-4">
          <button
            type="button"
            onClick={() => retry()}
            className="rounded border border-seal bg-seal px-4 py-2 text-white hover:bg-seal-dark"
          >
            Try again
          </button>
          <Link href="/drafts" className="text-seal underline underline-offset-2">
            Go to your drafts
          </Link>
        </div>
      </main>
    </div>
  );
}
