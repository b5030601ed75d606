import type { z } from "zod";
import type { Endpoint } from "@/lib/api/endpoints";
import { ProblemSchema, type Conflict, type Issue } from "@/lib/api/responses";

/** A refused or failed call: the status (0 when the server could not be reached) and what the server said. */
export type ApiFailure = {
  ok: false;
  status: number;
  error: string;
  code?: string | undefined;
  issues?: Issue[] | undefined;
  conflict?: Conflict | undefined;
  retryAfter?: number | undefined;
};

/** A JSON API answer: the value, read with the endpoint's schema, or the problem the server described. */
export type ApiResult<T> = { ok: true; value: T } | ApiFailure;

/**
 * Calls one of the app's JSON routes (see lib/api/endpoints). A network failure is status 0, so
 * callers can keep work offline; an answer that does not match the endpoint's schema is a failure.
 */
export async function callApi<Body extends z.ZodType | undefined, Answer extends z.ZodType>(
  endpoint: Endpoint<Body, Answer>,
  ...body: Body extends z.ZodType ? [z.input<Body>] : []
): Promise<ApiResult<z.output<Answer>>> {
  let response: Response;
  try {
    response = await fetch(endpoint.url, {
      method: endpoint.method,
      credentials: "same-origin",
      ...(body.length === 0 ? {} : { headers: { "Content-Type": "application/json" }, body: JSON.stringify(body[0]) }),
    });
  } catch {
    return UNREACHABLE;
  }
  return readAnswer(response, endpoint.answer);
}

/** What a call that never reached the server answers. */
export const UNREACHABLE: ApiFailure = { ok: false, status: 0, error: "The server could not be reached." };

/** A response of the app's API, read with the schema of its answer (or as the problem it describes). */
export async function readAnswer<Answer extends z.ZodType>(
  response: Response,
  schema: Answer,
): Promise<ApiResult<z.output<Answer>>> {
  const json: unknown = await response.json().catch(() => undefined);
  if (response.ok) {
    const answer = schema.safeParse(json);
    if (answer.success) return { ok: true, value: answer.data };
    return { ok: false, status: response.status, error: "The server's answer was not in the expected form." };
  }
  const problem = ProblemSchema.safeParse(json);
  const { error, ...details } = problem.success ? problem.data : {};
  return { ok: false, status: response.status, error: error ?? `The server answered ${response.status}.`, ...details };
}
