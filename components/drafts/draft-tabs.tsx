import Link from "next/link";
import { DuplicateButton } from "./duplicate-button";

const TABS = [
  { id: "edit", label: "Edit", href: (id: string) => `/drafts/${id}/court` },
  { id: "review", label: "Review", href: (id: string) => `/drafts/${id}/review` },
  { id: "versions", label: "Versions", href: (id: string) => `/drafts/${id}/versions` },
  { id: "activity", label: "Activity", href: (id: string) => `/drafts/${id}/activity` },
] as const;

export type DraftTabId = (typeof TABS)[number]["id"];

/** The draft's pages: edit in the wizard, review, versions, activity; and a copy of it as a new draft. */
export function DraftTabs({
  draftId,
  current,
  title,
  status,
}: {
  draftId: string;
  current: DraftTabId;
  title: string;
  status: string;
}) {
  return (
    <div className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-[110rem] flex-wrap items-center justify-between gap-3 px-4 py-2">
        <p className="text-sm">
          <span className="font-medium">{title}</span>{" "}
          <span className="ml-2 rounded bg-slate-100 px-2 py-0.5 text-xs text-ink">{statusLabel(status)}</span>
        </p>
        <nav aria-label="This draft" className="flex gap-1 text-sm">
          {TABS.map((tab) => (
            <Link
              key={tab.id}
              href={tab.href(draftId)}
              aria-current={tab.id === current ? "page" : undefined}
              className={`rounded px-3 py-1.5 ${tab.id === current ? "bg-seal text-white" : "text-seal hover:bg-slate-100"}`}
            >
              {tab.label}
            </Link>
          ))}
          <DuplicateButton draftId={draftId} />
        </nav>
      </div>
    </div>
  );
}

/** A draft status in words. */
export function statusLabel(status: string): string {
  switch (status) {
    case "drafting":
      return "Drafting";
    case "in-review":
      return "In review";
    case "returned":
      return "Returned for changes";
    case "approved":
      return "Approved";
    default:
      return status;
  }
}
