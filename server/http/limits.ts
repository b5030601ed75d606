/**
 * Request body limits, in one place. Route handlers read JSON through readJsonBody/parseBody,
 * which refuse a declared Content-Length over the limit before reading and stop reading as soon
 * as the body passes it (413 either way).
 */

/** A draft, or anything carrying one (save, create, keep mine, render): a draft is a few KB; 1 MiB leaves room for long reasons. */
export const MAX_DRAFT_BODY_BYTES = 1024 * 1024;
/** Comments, status notes, sign-in, setup and invitation bodies. */
export const MAX_SMALL_BODY_BYTES = 16 * 1024;
/** Server actions, should any appear (next.config.ts `experimental.serverActions.bodySizeLimit`). */
export const SERVER_ACTION_BODY_LIMIT = "1mb";

/** Text sent to the cite-check (a pasted brief): 30 pages are about 100 KB; 2 MiB leaves room for a long record. */
export const MAX_CITE_CHECK_TEXT_BYTES = 2 * 1024 * 1024;
/** A .docx or .pdf uploaded to the cite-check. */
export const MAX_CITE_CHECK_UPLOAD_BYTES = 10 * 1024 * 1024;

/**
 * The largest body any route takes, by what it carries: every write declared over it is refused
 * before its handler runs (each handler then holds the body to its own limit as it reads).
 */
export const LARGEST_BODY_BYTES = {
  json: Math.max(MAX_DRAFT_BODY_BYTES, MAX_SMALL_BODY_BYTES, MAX_CITE_CHECK_TEXT_BYTES),
  file: MAX_CITE_CHECK_UPLOAD_BYTES,
} as const;
