"use client";

import { useCallback, useState } from "react";
import type { ApiResult } from "./api-client";

type Failure = Extract<ApiResult<unknown>, { ok: false }>;

/**
 * A button's or form's call to the API: busy while it runs (so it is not sent twice), and the
 * failure's message to show beside it. `describe` words a failure; its error message by default.
 */
export function useApiAction() {
  const [error, setError] = useState<string | undefined>(undefined);
  const [isBusy, setIsBusy] = useState(false);
  const run = useCallback(
    async <T>(
      call: () => Promise<ApiResult<T>>,
      describe: (failure: Failure) => string = (failure) => failure.error,
    ) => {
      setIsBusy(true);
      setError(undefined);
      const result = await call();
      setIsBusy(false);
      if (!result.ok) setError(describe(result));
      return result;
    },
    [],
  );
  return { run, isBusy, error, setError };
}
