"use client";

import { useDeferredValue, useMemo } from "react";
import { evaluate, type Findings } from "@/lib/standards";
import { toValidDraft } from "@/lib/wizard/valid-draft";
import { useDraftContext } from "./draft-context";

/** What the standards engine finds in the draft as typed (answers failing the schema count as unanswered). */
export function useFindings(): Findings | undefined {
  const { draft } = useDraftContext();
  const deferred = useDeferredValue(draft);
  return useMemo(() => {
    const valid = toValidDraft(deferred);
    return valid ? evaluate(valid) : undefined;
  }, [deferred]);
}
