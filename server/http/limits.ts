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
