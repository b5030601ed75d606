"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server's HTML and while React hydrates it, true once the page's handlers are
 * attached. Fields stay disabled until then: text typed into server HTML before hydration would be
 * overwritten by the form's values when React takes the page over.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
