import type { Metadata } from "next";
import { DraftsList } from "@/components/drafts/drafts-list";
import { AppHeader } from "@/components/wizard/app-header";

export const metadata: Metadata = { title: "Drafts" };

export default function DraftsPage() {
  return (
    <div className="min-h-screen">
      <AppHeader />
      <main className="mx-auto max-w-4xl px-4 py-10">
        <DraftsList />
      </main>
    </div>
  );
}
