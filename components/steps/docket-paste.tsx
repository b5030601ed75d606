"use client";

import { useId, useState } from "react";
import { parseDocketReport, type ParsedDocketEntry, type ParsedDocketReport } from "@/lib/docket";
import { formatLongDate } from "@/lib/dates";
import { Button } from "@/components/ui/button";
import { inputClass, LabelText } from "@/components/ui/field-parts";

/**
 * "Paste docket report": reads a CM/ECF docket report copied from the browser and lists the rows
 * it found, each with a checkbox, for the clerk to confirm before they join the history.
 */
export function DocketPaste({ onAdd }: { onAdd: (entries: ParsedDocketEntry[]) => void }) {
  const id = useId();
  const [text, setText] = useState("");
  const [report, setReport] = useState<ParsedDocketReport | undefined>(undefined);
  const [chosen, setChosen] = useState<Set<number>>(new Set());

  const read = () => {
    const parsed = parseDocketReport(text);
    setReport(parsed);
    setChosen(new Set(parsed.entries.map((_, index) => index)));
  };

  const add = () => {
    if (!report) return;
    onAdd(report.entries.filter((_, index) => chosen.has(index)));
    setReport(undefined);
    setText("");
  };

  const toggle = (index: number, isChecked: boolean) => {
    const next = new Set(chosen);
    if (isChecked) next.add(index);
    else next.delete(index);
    setChosen(next);
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3 rounded border border-line bg-paper p-4">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        Paste docket report
      </h2>
      <div>
        <label htmlFor={`${id}-text`}>
          <LabelText>Docket report text</LabelText>
        </label>
        <p id={`${id}-hint`} className="mt-1 text-sm text-muted">
          Copy the rows of the CM/ECF docket report (Date Filed, #, Docket Text) and paste them here.
        </p>
        <textarea
          id={`${id}-text`}
          rows={5}
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-describedby={`${id}-hint`}
          className={`${inputClass} font-mono text-sm`}
        />
      </div>
      <Button onClick={read} disabled={text.trim() === ""}>
        Read the docket report
      </Button>
      <div aria-live="polite">
        {report ? (
          <div className="space-y-3">
            <p className="text-sm">
              Found {report.entries.length} {report.entries.length === 1 ? "entry" : "entries"}
              {report.skipped.length > 0 ? `; ${report.skipped.length} lines were not part of any entry` : ""}. Choose
              the ones to add.
            </p>
            {report.entries.length > 0 ? (
              <fieldset>
                <legend className="sr-only">Entries found in the docket report</legend>
                <ul className="max-h-80 space-y-2 overflow-y-auto">
                  {report.entries.map((entry, index) => (
                    <li
                      key={`${entry.line}-${entry.number}`}
                      className="flex items-start gap-2 rounded bg-white p-2 text-sm"
                    >
                      <input
                        type="checkbox"
                        id={`${id}-entry-${index}`}
                        checked={chosen.has(index)}
                        onChange={(event) => toggle(index, event.target.checked)}
                        className="mt-1 size-4 accent-seal"
                      />
                      <label htmlFor={`${id}-entry-${index}`}>
                        <span className="font-medium">
                          {entry.number ? `No. ${entry.number}` : "Unnumbered"}, {formatLongDate(entry.date)}
                        </span>
                        <span className="block text-muted">{entry.text}</span>
                      </label>
                    </li>
                  ))}
                </ul>
              </fieldset>
            ) : null}
            <div className="flex gap-2">
              <Button variant="primary" onClick={add} disabled={chosen.size === 0}>
                Add {chosen.size} selected {chosen.size === 1 ? "entry" : "entries"}
              </Button>
              <Button variant="quiet" onClick={() => setReport(undefined)}>
                Cancel
              </Button>
            </div>
          </div>
        ) : null}
      </div>
    </section>
  );
}
