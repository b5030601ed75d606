/**
 * The drafts open for editing in this tab: sign-out saves what each has pending, then ends them
 * (they write nothing to this browser again) before it clears this browser's backups.
 */
type OpenDraft = {
  /** Saves what is pending and waits for the server's answer. */
  settle: () => Promise<void>;
  /** Stops backing up and drops this draft's backup. */
  end: () => void;
};

const openDrafts = new Set<OpenDraft>();

/** Registers a draft open in this tab; returns the unregister. */
export function registerOpenDraft(draft: OpenDraft): () => void {
  openDrafts.add(draft);
  return () => {
    openDrafts.delete(draft);
  };
}

/** Saves what every open draft has pending, and waits for the server's answers. */
export async function settleOpenDrafts(): Promise<void> {
  await Promise.all([...openDrafts].map((draft) => draft.settle()));
}

/** Sign-out: no open draft writes to this browser again. */
export function endOpenDrafts(): void {
  for (const draft of openDrafts) draft.end();
}
