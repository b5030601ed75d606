import { z } from "zod";

/** An instant: ISO 8601 in JSON (as `Date.prototype.toJSON` writes it), a `Date` in code on both sides of the API. */
export const TimestampSchema = z.codec(z.iso.datetime(), z.date(), {
  decode: (iso) => new Date(iso),
  encode: (date) => date.toISOString(),
});
