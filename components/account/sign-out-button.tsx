"use client";

import { useState } from "react";
import { callApi } from "@/components/api/api-client";
import { API } from "@/lib/api/endpoints";
import { clearAllBackups, listBackups } from "@/components/browser-backup/draft-storage";
import { endOpenDrafts, settleOpenDrafts } from "@/components/browser-backup/open-drafts";
import { tellOtherTabsSignedOut } from "@/components/browser-backup/tab-channel";
import { loadAfterSessionChange } from "./sign-in";

/**
 * Ends the session (better-auth's sign-out) and goes to the sign-in page. First it saves what the
 * open draft has pending; then no draft's text stays in this browser for the next person at it.
 * If some typing could not reach the server, it says so and signs out only when asked again.
 */
export function SignOutButton() {
  const [isBusy, setIsBusy] = useState(false);
  const [unsavedCount, setUnsavedCount] = useState(0);
  const signOut = async () => {
    setIsBusy(true);
    if (unsavedCount === 0) {
      await settleOpenDrafts();
      const unsaved = listBackups().filter((backup) => !backup.isSaved).length;
      if (unsaved > 0) {
        setUnsavedCount(unsaved);
        setIsBusy(false);
        return;
      }
    }
    endOpenDrafts();
    clearAllBackups();
    await callApi(API.signOut(), {});
    // After the session is gone: the other tabs leave too, and keep nothing.
    tellOtherTabsSignedOut();
    loadAfterSessionChange("/login");
  };
  return (
    <span className="flex items-center gap-2">
      {unsavedCount > 0 ? (
        <span role="alert" className="max-w-xs text-sm text-white">
          {unsavedCount === 1 ? "A draft has" : `${unsavedCount} drafts have`} changes the server does not have yet.
          Signing out deletes them from this browser.
        </span>
      ) : null}
      <button
        type="button"
        disabled={isBusy}
        className="rounded border border-white/60 px-2.5 py-1 text-sm text-white hover:bg-white/10"
        onClick={() => void signOut()}
      >
        {unsavedCount > 0 ? "Sign out anyway" : "Sign out"}
      </button>
    </span>
  );
}
