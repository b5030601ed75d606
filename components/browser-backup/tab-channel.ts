import { z } from "zod";

/**
 * Messages between this browser's tabs: a draft's revision landed (each other tab on it merges
 * it in, instead of showing "All changes saved" over an older version), and the member signed
 * out (each tab drops its backup and stops backing up).
 */

const SavedMessageSchema = z.object({ revision: z.number() });

const savedChannel = (draftId: string) => `chambers-drafts:saved:${draftId}`;
const SIGN_OUT_CHANNEL = "chambers-drafts:signed-out";

function post(name: string, message: unknown): void {
  if (typeof BroadcastChannel === "undefined") return;
  const channel = new BroadcastChannel(name);
  channel.postMessage(message);
  channel.close();
}

function listen(name: string, onMessage: (data: unknown) => void): () => void {
  if (typeof BroadcastChannel === "undefined") return () => undefined;
  const channel = new BroadcastChannel(name);
  channel.onmessage = (event: MessageEvent<unknown>) => onMessage(event.data);
  return () => channel.close();
}

export function tellOtherTabsSaved(draftId: string, revision: number): void {
  post(savedChannel(draftId), { revision });
}

/** Calls `onSaved` whenever another tab saves the draft; returns the unsubscribe. */
export function onOtherTabSaved(draftId: string, onSaved: (revision: number) => void): () => void {
  return listen(savedChannel(draftId), (data) => {
    const message = SavedMessageSchema.safeParse(data);
    if (message.success) onSaved(message.data.revision);
  });
}

export function tellOtherTabsSignedOut(): void {
  post(SIGN_OUT_CHANNEL, { signedOut: true });
}

/** Calls `onSignedOut` when another tab signs the member out; returns the unsubscribe. */
export function onSignedOutElsewhere(onSignedOut: () => void): () => void {
  return listen(SIGN_OUT_CHANNEL, () => onSignedOut());
}
