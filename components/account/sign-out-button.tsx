"use client";

import { useState } from "react";
import { callApi } from "@/components/api/api-client";
import { loadAfterSessionChange } from "./sign-in";

/** Ends the session (better-auth's sign-out) and goes to the sign-in page. */
export function SignOutButton() {
  const [isBusy, setIsBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={isBusy}
      className="rounded border border-white/60 px-2.5 py-1 text-sm text-white hover:bg-white/10"
      onClick={async () => {
        setIsBusy(true);
        await callApi("POST", "/api/auth/sign-out", {});
        loadAfterSessionChange("/login");
      }}
    >
      Sign out
    </button>
  );
}
