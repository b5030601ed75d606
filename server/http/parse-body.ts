import type { z } from "zod";
import { problemResponse } from "./problem-response";
import { readJsonBody } from "./read-json-body";
import { unknownFields } from "./unknown-fields";

/** The parsed body, or the response that refuses it (400 malformed or invalid with the fields named, 413 too large). */
export type ParsedBody<T> = { ok: true; value: T } | { ok: false; response: Response };

/**
 * Reads a JSON body of at most `maxBytes` and checks it against `schema`. With `namesUnknownFields`,
 * a field a nested plain object would drop silently (a misspelt style option) is refused by name.
 */
export async function parseBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  maxBytes: number,
  options: { namesUnknownFields?: boolean } = {},
): Promise<ParsedBody<z.infer<S>>> {
  const body = await readJsonBody(request, maxBytes);
  if (!body.ok) return { ok: false, response: problemResponse(body.code) };
  const parsed = schema.safeParse(body.json);
  if (!parsed.success) return { ok: false, response: problemResponse("invalid-body", toBodyIssues(parsed.error)) };
  const unknown = options.namesUnknownFields ? unknownFields(body.json, parsed.data) : [];
  if (unknown.length > 0) return { ok: false, response: problemResponse("invalid-body", unknown) };
  return { ok: true, value: parsed.data };
}

/** zod issues → `{ path, message }`, an unknown field named by its own path, the body itself as "(body)". */
export function toBodyIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.flatMap((issue) => {
    const at = issue.path.map(String);
    if (issue.code === "unrecognized_keys")
      return issue.keys.map((key) => ({ path: [...at, key].join("."), message: "Unknown field" }));
    return [{ path: at.join(".") || "(body)", message: issue.message }];
  });
}
