import Link from "next/link";
import type { ReactNode } from "react";

/** The app's top bar: name, the way back to the drafts list, and (in the wizard) the save status. */
export function AppHeader({ children }: { children?: ReactNode }) {
  return (
    <header className="border-b border-seal-dark bg-seal text-white">
      <div className="mx-auto flex max-w-[110rem] items-center justify-between gap-4 px-4 py-3">
        <div className="flex items-baseline gap-6">
          <Link href="/drafts" className="font-serif text-xl tracking-wide text-white">
            Chambers Drafts
          </Link>
          <Link href="/drafts" className="text-sm text-white/90 underline-offset-2 hover:underline">
            All drafts
          </Link>
        </div>
        {children}
      </div>
    </header>
  );
}
