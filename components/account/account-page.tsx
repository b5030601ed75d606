import type { ReactNode } from "react";
import { AppHeader } from "@/components/wizard/app-header";

/** The frame of the signed-out pages: header, one narrow card with a heading. */
export function AccountPage({ title, lede, children }: { title: string; lede?: ReactNode; children: ReactNode }) {
  return (
    <div className="min-h-screen">
      <AppHeader />
      <main className="mx-auto max-w-md px-4 py-12">
        <div className="rounded-lg border border-line bg-white p-8 shadow-sm">
          <h1 className="font-serif text-2xl">{title}</h1>
          {lede ? <p className="mt-2 text-muted">{lede}</p> : null}
          {children}
        </div>
      </main>
    </div>
  );
}
