import { getAuthority } from "@/lib/authorities";
import { decidedAfter, type LaterDecision } from "@/lib/authorities/decided-after";
import { citedAuthorityIds } from "../cited-authorities";
import type { WarningCheck } from "./warning-check";

/**
 * An order cannot cite an authority decided after the date it is signed. Compared by the case's
 * verified date of decision where the library has one (an error), else by its year (a warning:
 * the case may still be too late, or the year may be the reporter's). The legal standard already
 * falls back to the circuit's earlier authority where it has one (`slotPropositions`), so what is
 * left is the chambers' own choices, the clerk's citations, and slots with nothing earlier.
 */
export const authorityAfterOrder: WarningCheck = (draft, findings) => {
  const orderDate = draft.orderDate;
  if (!orderDate) return undefined;
  const later = [...citedAuthorityIds(draft, findings)]
    .map((id) => decidedAfter(getAuthority(id), orderDate))
    .filter((decision): decision is LaterDecision => decision !== undefined);
  return later.length > 0 ? { code: "authority-after-order", step: "ruling", orderDate, later } : undefined;
};
