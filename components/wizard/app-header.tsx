import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/account/sign-out-button";

/** Who is signed in, as the header shows it. */
export type HeaderUser = { name: string; role: string; chambersName: string };

/** The app's top bar: name, the way back to the drafts list, the signed-in person, and (in the wizard) the save status. */
export function AppHeader({ user, children }: { user?: HeaderUser; children?: ReactNode }) {
  return (
    <header className="border-b border-seal-dark bg-seal text-white">
      <div className="mx-auto flex max-w-[110rem] flex-wrap items-center justify-between gap-4 px-4 py-3">
        <div className="flex items-baseline gap-6">
          <Link href="/drafts" className="font-serif text-xl tracking-wide text-white">
            Chambers Drafts
          </Link>
          {user ? (
            <nav aria-label="Main" className="flex gap-4 text-sm">
              <Link href="/drafts" className="text-white/90 underline-offset-2 hover:underline">
                All drafts
              </Link>
              <Link href="/cite-check" className="text-white/90 underline-offset-2 hover:underline">
                Cite-check
              </Link>
              <Link href="/library" className="text-white/90 underline-offset-2 hover:underline">
                Library
              </Link>
              <Link href="/chambers" className="text-white/90 underline-offset-2 hover:underline">
                Chambers
              </Link>
              <Link href="/chambers/style" className="text-white/90 underline-offset-2 hover:underline">
                Order style
              </Link>
            </nav>
          ) : null}
        </div>
        <div className="flex items-center gap-4">
          {children}
          {user ? (
            <p className="text-sm text-white/90">
              {user.name}{" "}
              <span className="text-white/80">
                ({user.role}, {user.chambersName})
              </span>
            </p>
          ) : null}
          {user ? <SignOutButton /> : null}
        </div>
      </div>
    </header>
  );
}
