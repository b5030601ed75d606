"use client";

import type { KeyboardEvent } from "react";

export type View = "form" | "preview";

const TABS: { id: View; label: string }[] = [
  { id: "form", label: "Questions" },
  { id: "preview", label: "Preview" },
];

/** On narrow screens the form and the preview share the space: two tabs (hidden on wide screens, where both show). */
export function ViewTabs({ view, onChange }: { view: View; onChange: (view: View) => void }) {
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
    const next: View = view === "form" ? "preview" : "form";
    onChange(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <div role="tablist" aria-label="Show" className="flex gap-1 border-b border-line xl:hidden">
      {TABS.map((tab) => (
        <button
          key={tab.id}
          id={`tab-${tab.id}`}
          type="button"
          role="tab"
          aria-selected={view === tab.id}
          aria-controls={`panel-${tab.id}`}
          tabIndex={view === tab.id ? 0 : -1}
          onClick={() => onChange(tab.id)}
          onKeyDown={onKeyDown}
          className={`-mb-px rounded-t border px-4 py-2 text-sm font-medium ${
            view === tab.id
              ? "border-line border-b-white bg-white text-seal"
              : "border-transparent text-muted hover:text-ink"
          }`}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
