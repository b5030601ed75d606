"use client";

import "./globals.css";
import { digestOf } from "@/components/errors/error-digest";

/** When the root layout itself fails: its own document, the same plain message, a way to try again. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = digestOf(error);
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">
        <title>Something went wrong · Chambers Drafts</title>
        <header className="border-b border-seal-dark bg-seal px-4 py-3 text-white">
          <p className="font-serif text-xl tracking-wide">Chambers Drafts</p>
        </header>
        <main className="mx-auto max-w-xl px-4 py-16">
          <h1 className="font-serif text-3xl">Something went wrong</h1>
          <p className="mt-3 text-muted">The application could not be shown. Your saved drafts are not affected.</p>
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
            {/* A whole page load, not client navigation: the root layout itself has failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/drafts" className="text-seal underline underline-offset-2">
              Go to your drafts
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
