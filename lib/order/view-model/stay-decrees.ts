import { PROCEEDINGS_STAY_KINDS, stayKindOf } from "@/lib/standards/companions/stay-kinds";
import type { Findings } from "@/lib/standards/types";

type Decree = { kind: string };

const DISPOSITION_DECREES = {
  granted: "stay-granted",
  denied: "stay-denied",
  "denied-as-moot": "stay-denied-as-moot",
  deferred: "stay-deferred",
  "granted-in-part": "stay-granted-in-part",
} as const;

/**
 * The stay's decrees: its disposition once, then what the order does to proceedings here, then any
 * status report. What the order says of proceedings follows the stay it grants, so the decrees
 * never contradict: "This Order does not stay proceedings" prints only on the clerk's answer (or a
 * denied stay of proceedings), never beside a stay of proceedings granted, and never while a stay
 * the court declines to lift stays in place.
 */
export function stayDecrees({ certification, stay }: Pick<Findings, "certification" | "stay">): Decree[] {
  const decrees: Decree[] = [];
  const kind = stayKindOf(stay.kind);
  if (stay.disposition in DISPOSITION_DECREES)
    decrees.push({ kind: DISPOSITION_DECREES[stay.disposition as keyof typeof DISPOSITION_DECREES] });
  const granted = stay.disposition === "granted" || stay.disposition === "granted-in-part";
  const proceedingsStayedOnRequest = granted && PROCEEDINGS_STAY_KINDS.has(kind);
  const stayKeptInPlace = kind === "lift" && stay.disposition !== "granted" && stay.disposition !== "not-requested";
  if (certification.proceedings === "stayed" || proceedingsStayedOnRequest)
    decrees.push({ kind: "proceedings-stayed" });
  else if (certification.disposition === "granted" && certification.proceedings === "not-stayed" && !stayKeptInPlace)
    decrees.push({
      kind:
        granted && kind === "order-pending-appeal" ? "proceedings-not-stayed-except-order" : "proceedings-not-stayed",
    });
  if (stay.statusReport) decrees.push({ kind: "status-report" });
  return decrees;
}
