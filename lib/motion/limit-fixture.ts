/** Where the largest valid draft is kept (scripts/limit-fixture.ts writes it). */
export const LIMIT_FIXTURE = "fixtures/limits/max.json";

/**
 * Its size: the save body `{"baseRevision":N,"data":…}` must fit the API's 1 MiB draft limit
 * (server/http/limits.ts), so the draft leaves room for the envelope.
 */
export const LIMIT_FIXTURE_BYTES = 1024 * 1024 - 64;
