"use client";

import { useParams, useRouter } from "next/navigation";
import { Fragment, useDeferredValue, useMemo, useState, type MouseEvent, type ReactNode } from "react";
import { relevantSteps } from "@/lib/wizard/steps";
import { stepStatuses } from "@/lib/wizard/step-status";
import { PreviewPane } from "@/components/preview/preview-pane";
import { DraftTabs } from "@/components/drafts/draft-tabs";
import { useHydrated } from "@/components/ui/use-hydrated";
import { AppHeader, type HeaderUser } from "./app-header";
import type { InitialDraft } from "./draft-payload";
import { SyncBanner } from "./sync-banner";
import { DraftProvider, useDraftContext } from "./draft-context";
import { SaveStatus } from "./save-status";
import { Stepper } from "./stepper";
import { ViewTabs, type View } from "./view-tabs";

/** The wizard around every step: header, stepper, the step's form, and the live preview of the order. */
export function WizardShell({
  draftId,
  initial,
  user,
  title,
  children,
}: {
  draftId: string;
  initial: InitialDraft;
  user: HeaderUser;
  title: string;
  children: ReactNode;
}) {
  return (
    <DraftProvider draftId={draftId} initial={initial}>
      <ReadyShell user={user} title={title} status={initial.status}>
        {children}
      </ReadyShell>
    </DraftProvider>
  );
}

function ReadyShell({
  user,
  title,
  status,
  children,
}: {
  user: HeaderUser;
  title: string;
  status: string;
  children: ReactNode;
}) {
  const { draft, draftId, sync, generation, settle } = useDraftContext();
  const router = useRouter();
  // Review, Versions and Activity are drawn on the server: let the last keystrokes reach it first.
  const leaveAfterSaving = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as HTMLElement).closest("a");
    const href = link?.getAttribute("href");
    if (!href || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    void settle().then(() => router.push(href));
  };
  const isLocked = sync.kind === "locked";
  const isHydrated = useHydrated();
  const params = useParams<{ stepId: string }>();
  const [view, setView] = useState<View>("form");
  const deferred = useDeferredValue(draft);
  const statuses = useMemo(() => stepStatuses(deferred), [deferred]);
  const steps = useMemo(() => relevantSteps(deferred), [deferred]);

  return (
    <div className="min-h-screen">
      <a
        href="#step-title"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to the step
      </a>
      <AppHeader user={user}>
        <SaveStatus />
      </AppHeader>
      <div onClickCapture={leaveAfterSaving}>
        <DraftTabs draftId={draftId} current="edit" title={title} status={isLocked ? sync.status : status} />
      </div>
      <SyncBanner />
      <div className="mx-auto grid max-w-[110rem] gap-6 px-4 py-6 lg:grid-cols-[15rem_minmax(0,1fr)] xl:grid-cols-[14rem_minmax(0,1fr)]">
        <aside className="lg:sticky lg:top-4 lg:self-start">
          <details className="rounded border border-line bg-white lg:hidden">
            <summary className="cursor-pointer px-3 py-2 text-sm font-medium">
              Steps: {steps.findIndex((s) => s.id === params.stepId) + 1 || "–"} of {steps.length}
            </summary>
            <div className="px-1 pb-2">
              <Stepper draftId={draftId} steps={steps} statuses={statuses} currentId={params.stepId} />
            </div>
          </details>
          <div className="hidden lg:block">
            <Stepper draftId={draftId} steps={steps} statuses={statuses} currentId={params.stepId} />
          </div>
        </aside>
        <main className="grid min-w-0 content-start gap-6 xl:grid-cols-2">
          <ViewTabs view={view} onChange={setView} />
          <div
            id="panel-form"
            role="tabpanel"
            aria-labelledby="tab-form"
            className={`min-w-0 rounded-lg border border-line bg-white p-6 shadow-sm sm:p-8 ${view === "form" ? "" : "hidden"} xl:block`}
          >
            <fieldset disabled={isLocked || !isHydrated} aria-busy={!isHydrated} className="min-w-0">
              <Fragment key={generation}>{children}</Fragment>
            </fieldset>
          </div>
          <div
            id="panel-preview"
            role="tabpanel"
            aria-labelledby="tab-preview"
            className={`min-w-0 ${view === "preview" ? "" : "hidden"} xl:block`}
          >
            <div
              tabIndex={0}
              role="region"
              aria-label="Preview of the order"
              className="rounded-lg bg-slate-200/70 p-4 xl:sticky xl:top-4 xl:max-h-[calc(100vh-2rem)] xl:overflow-y-auto"
            >
              <PreviewPane draft={deferred} />
            </div>
          </div>
        </main>
      </div>
    </div>
  );
}
