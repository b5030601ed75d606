/** Every way a request can fail, and its HTTP status: the one place codes become statuses. */
const STATUS = {
  "malformed-json": 400,
  "invalid-body": 400,
  "invalid-draft": 400,
  unauthorized: 401,
  "cross-site": 403,
  "forbidden-role": 403,
  "invalid-setup-token": 403,
  "not-found": 404,
  conflict: 409,
  "already-set-up": 409,
  "too-large": 413,
  "unsupported-media-type": 415,
  "unsupported-type": 415,
  "not-ready": 422,
  unreadable: 422,
  internal: 500,
} as const;

export type ProblemCode = keyof typeof STATUS;

const MESSAGES: Record<ProblemCode, string> = {
  "malformed-json": "The request body is not valid JSON.",
  "invalid-body": "The request has fields that are not valid.",
  "invalid-draft": "The draft has answers that are not valid.",
  unauthorized: "Sign in to continue.",
  "cross-site": "This request did not come from Chambers Drafts.",
  "forbidden-role": "Your role in these chambers does not allow this.",
  "invalid-setup-token": "This setup link is not valid. Ask the court's administrator for a new one.",
  "not-found": "Not found.",
  conflict: "Someone else changed this first.",
  "already-set-up":
    "Chambers Drafts is already set up here. Sign in, or ask the court's administrator for a setup link.",
  "too-large": "The request body is too large.",
  "unsupported-media-type": "Send the request body as JSON (Content-Type: application/json).",
  "unsupported-type": "Send a text, .docx or .pdf file.",
  "not-ready": "The order still needs answers before it can be downloaded.",
  unreadable: "The file cannot be read.",
  internal: "Something went wrong.",
};

/** At most this many issues go back: enough to name every field a form shows, never a 50 MB answer. */
export const MAX_ISSUES = 50;

/**
 * An error response, as RFC 9457 problem details (`title`, `status`) plus `{ error, code, issues?, ...extra }`,
 * issues keyed by full dotted path (the first MAX_ISSUES, with `issueCount` when there were more). Never carries a stack trace or an exception's message: the
 * title is the fixed sentence for the code ("Something went wrong." for every internal error).
 */
export function problemResponse(
  code: ProblemCode,
  issues?: { path: string; message: string }[],
  extra: Record<string, unknown> = {},
): Response {
  const status = STATUS[code];
  const listed =
    issues && issues.length > MAX_ISSUES
      ? { issues: issues.slice(0, MAX_ISSUES), issueCount: issues.length }
      : issues
        ? { issues }
        : {};
  const body = { title: MESSAGES[code], status, error: MESSAGES[code], code, ...listed, ...extra };
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store" },
  });
}
