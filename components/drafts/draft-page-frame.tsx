import type { ReactNode } from "react";
import { AppHeader, type HeaderUser } from "@/components/wizard/app-header";
import { DraftTabs, type DraftTabId } from "./draft-tabs";

/** The frame of a draft's record pages: the header, the draft's title and status, its tabs. */
export function DraftPageFrame({
  user,
  draft,
  current,
  children,
}: {
  user: HeaderUser;
  draft: { id: string; title: string; status: string };
  current: DraftTabId;
  children: ReactNode;
}) {
  return (
    <div className="min-h-screen">
      <AppHeader user={user} />
      <DraftTabs draftId={draft.id} current={current} title={draft.title} status={draft.status} />
      {children}
    </div>
  );
}
