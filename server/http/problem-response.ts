/** Every way a request can fail, and its HTTP status: the one place codes become statuses. */
const STATUS = {
  "malformed-json": 400,
  "too-large": 413,
  "invalid-draft": 422,
  "not-ready": 422,
  internal: 500,
} as const;

export type ProblemCode = keyof typeof STATUS;

const MESSAGES: Record<ProblemCode, string> = {
  "malformed-json": "The request body is not valid JSON.",
  "too-large": "The draft is too large (over 1 MB).",
  "invalid-draft": "The draft has answers that are not valid.",
  "not-ready": "The order still needs answers before it can be downloaded.",
  internal: "Something went wrong.",
};

/** A JSON error response: `{ error, issues? }` with issues keyed by full dotted path. */
export function problemResponse(code: ProblemCode, issues?: { path: string; message: string }[]): Response {
  return Response.json({ error: MESSAGES[code], ...(issues ? { issues } : {}) }, { status: STATUS[code] });
}
