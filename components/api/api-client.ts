/** A JSON API answer: the value, or the problem the server described (status, message, fields). */
export type ApiResult<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      status: number;
      error: string;
      issues?: { path: string; message: string }[];
      body: Record<string, unknown>;
    };

/** Calls one of the app's JSON routes. A network failure is status 0, so callers can keep work offline. */
export async function callApi<T>(
  method: "GET" | "POST" | "PUT" | "PATCH",
  url: string,
  body?: unknown,
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? {} : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
    });
  } catch {
    return { ok: false, status: 0, error: "The server could not be reached.", body: {} };
  }
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.ok) return { ok: true, value: json as T };
  return {
    ok: false,
    status: response.status,
    error: typeof json.error === "string" ? json.error : `The server answered ${response.status}.`,
    ...(Array.isArray(json.issues) ? { issues: json.issues as { path: string; message: string }[] } : {}),
    body: json,
  };
}
