import type { Metadata } from "next";
import { CiteCheckTool } from "@/components/cite-check/cite-check-tool";
import { AppHeader } from "@/components/wizard/app-header";
import { currentUser } from "@/server/auth/current-user";
import { requireActor } from "@/server/auth/require-actor";

export const metadata: Metadata = { title: "Cite-check" };

/** Cite-check: any text, pasted or uploaded, checked against the verified library. */
export default async function CiteCheckPage() {
  const { actor, db } = await requireActor("/cite-check");
  const user = await currentUser(db, actor);
  return (
    <div className="min-h-screen">
      <AppHeader user={user} />
      <main className="mx-auto max-w-6xl px-4 py-10">
        <h1 className="font-serif text-3xl">Cite-check</h1>
        <p className="mt-1 max-w-3xl text-muted">
          Every citation is checked against authorities whose citations and pages were verified, and against the
          chambers&apos; own library. An authority in neither is marked not verified: never called wrong, never called
          right.
        </p>
        <CiteCheckTool />
      </main>
    </div>
  );
}
