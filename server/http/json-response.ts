import { z } from "zod";

/**
 * A JSON answer written through its schema (lib/api/responses): the value must have the schema's
 * type, and only the schema's fields leave the server, encoded as the client reads them.
 */
export function jsonResponse<S extends z.ZodType>(schema: S, value: z.output<S>, init?: ResponseInit): Response {
  return Response.json(z.encode(schema, value), init);
}
