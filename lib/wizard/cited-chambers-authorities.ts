import type { MotionDraft } from "@/lib/motion/schema";
import type { ChambersAuthorityRecord } from "@/lib/chambers-library/schema";

/** A clerk's marker citing a chambers authority: [[cite chambers-…]], [[cite see chambers-…#p1]]. */
const CHAMBERS_MARKER = /\[\[cite\s+(?:[a-z-]+\s+)?(chambers-[a-z0-9-]+)(?:#[a-z0-9-]+)?\]\]/g;

/** The chambers authority ids a draft cites, by its clerk-text markers and its legal-standard slot choices. */
export function chambersIdsCited(draft: MotionDraft): Set<string> {
  const text = JSON.stringify(draft);
  const ids = new Set([...text.matchAll(CHAMBERS_MARKER)].map((m) => m[1]!));
  for (const refs of Object.values(draft.analysis.slotChoices ?? {}))
    for (const ref of refs) if (ref.authorityId.startsWith("chambers-")) ids.add(ref.authorityId);
  return ids;
}

/**
 * The draft with a snapshot of each chambers authority it cites (and of no other): from the
 * chambers' library as it is now, or as the draft already kept it when the library no longer holds
 * it. A draft that cites none carries no snapshot. Returns the same object when nothing changes.
 */
export function withCitedSnapshots(draft: MotionDraft, library: readonly ChambersAuthorityRecord[]): MotionDraft {
  const cited = chambersIdsCited(draft);
  const kept = new Map((draft.chambersAuthorities ?? []).map((r) => [r.id, r]));
  const fromLibrary = new Map(library.map((r) => [r.id, r]));
  const snapshot = [...cited].flatMap((id) => {
    const record = kept.get(id) ?? fromLibrary.get(id);
    return record ? [record] : [];
  });
  const before = draft.chambersAuthorities ?? [];
  if (snapshot.length === before.length && snapshot.every((r, i) => r === before[i])) return draft;
  const { chambersAuthorities: _old, ...rest } = draft;
  return snapshot.length > 0 ? { ...rest, chambersAuthorities: snapshot } : rest;
}
