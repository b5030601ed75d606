import type { Metadata } from "next";
import Link from "next/link";
import { ChambersStyleForm } from "@/components/chambers/chambers-style-form";
import { AppHeader } from "@/components/wizard/app-header";
import { mayManageMembers } from "@/lib/workflow/member-rules";
import { currentUser } from "@/server/auth/current-user";
import { requireActor } from "@/server/auth/require-actor";
import { getChambersStyle } from "@/server/chambers/chambers-style";

export const metadata: Metadata = { title: "Chambers style" };

/**
 * How the chambers' orders look (title, headings, decree, docket cites, page, caption, signature),
 * where they depart from the district's: every member sees it; the judge or the administrator,
 * as the API allows, changes it.
 */
export default async function ChambersStylePage() {
  const { actor, db } = await requireActor("/chambers/style");
  const [user, style] = await Promise.all([currentUser(db, actor), getChambersStyle(db, actor.chambersId)]);
  return (
    <div className="min-h-screen">
      <AppHeader user={user} />
      <main className="mx-auto max-w-6xl px-4 py-10">
        <p className="text-sm">
          <Link href="/chambers" className="underline">
            {user.chambersName}
          </Link>
        </p>
        <h1 className="mt-2 font-serif text-3xl">The chambers’ style</h1>
        <ChambersStyleForm initial={style} mayEdit={mayManageMembers(actor.role)} />
      </main>
    </div>
  );
}
