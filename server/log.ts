import "server-only";
import pino, { type DestinationStream, type Logger } from "pino";

/**
 * Structured logs: one JSON object a line on stdout (pino, no transports or worker threads).
 * What goes in: ids, codes, routes, sizes and timings. What never does: draft text, request
 * bodies, passwords, cookies or tokens; the redact paths below are the second line of defence.
 * Level from LOG_LEVEL (default "info"; "silent" under vitest unless LOG_LEVEL says otherwise).
 */

const SECRET_KEYS = [
  "draft",
  "data",
  "body",
  "text",
  "password",
  "newPassword",
  "currentPassword",
  "token",
  "secret",
  "cookie",
  "authorization",
  "set-cookie",
];

/** Every key above, at the top level and up to three objects down (pino's redact has no deep wildcard). */
export const REDACT_PATHS: string[] = [
  ...SECRET_KEYS.flatMap((key) => {
    const k = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`;
    const dot = k.startsWith("[") ? "" : ".";
    return [k, `*${dot}${k}`, `*.*${dot}${k}`, `*.*.*${dot}${k}`];
  }),
  "req.headers",
  "request.headers",
  "headers",
];

const MAX_MESSAGE_CHARS = 300;

/** A PostgreSQL error's SQLSTATE (five digits or capitals), on errors from either driver. */
const isDatabaseError = (code: unknown): boolean => typeof code === "string" && /^[0-9A-Z]{5}$/.test(code);

/**
 * An error's message without the values a user sent: a failed query's parameters (drizzle puts
 * them after "params:"; names, emails, note text) and a database error's quoted or trailing values
 * ("invalid input syntax for type uuid: \"…\"") are cut; its `detail` and `where` are never read.
 */
function withoutValues(error: Error, code: unknown): string {
  let message = error.message;
  if ("params" in error) message = message.split("\nparams:")[0]!;
  if (isDatabaseError(code)) message = message.split(":")[0]!.replace(/"[^"]*"|'[^']*'/g, "…");
  return message;
}

/** Which table, column or constraint a database error names (names of the schema, never values). */
function databaseWhere(error: Error): Record<string, string> {
  const fields = error as unknown as Record<string, unknown>;
  const out: Record<string, string> = {};
  for (const key of ["table", "column", "constraint", "routine"])
    if (typeof fields[key] === "string") out[key] = fields[key];
  return out;
}

/** The fields of an error worth logging: name, message (capped), code, stack frames; its cause likewise. Nothing else it carries. */
export function errorFields(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { name: "NonError", type: typeof error };
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? "")
    .split("\n")
    .filter((line) => /^\s+at /.test(line))
    .map((line) => line.trim());
  const message = withoutValues(error, code);
  const where = isDatabaseError(code) ? databaseWhere(error) : {};
  return {
    name: error.name,
    message: message.length > MAX_MESSAGE_CHARS ? `${message.slice(0, MAX_MESSAGE_CHARS)}…` : message,
    ...(typeof code === "string" || typeof code === "number" ? { code } : {}),
    ...where,
    ...(frames.length > 0 ? { stack: frames } : {}),
    ...(error.cause !== undefined && depth < 3 ? { cause: errorFields(error.cause, depth + 1) } : {}),
  };
}

/** The environment the logger reads LOG_LEVEL and VITEST from. */
type LogEnv = Readonly<Record<string, string | undefined>>;

function defaultLevel(env: LogEnv): string {
  if (env.LOG_LEVEL) return env.LOG_LEVEL;
  return env.VITEST ? "silent" : "info";
}

/** A logger writing to `destination` (stdout when omitted). Tests pass a stream to read what was written. */
export function createLogger(destination?: DestinationStream, env: LogEnv = process.env): Logger {
  const options: pino.LoggerOptions = {
    level: defaultLevel(env),
    base: { service: "chambers-drafts" },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    // Errors go through errorFields: pino's own serializer copies every property an error carries.
    serializers: { err: errorFields, error: errorFields },
    redact: { paths: REDACT_PATHS, censor: "[redacted]" },
  };
  return destination ? pino(options, destination) : pino(options);
}

const globalForLog = globalThis as unknown as { __chambersLog?: Logger };

/** The app's logger (one per process). */
export const log: Logger = (globalForLog.__chambersLog ??= createLogger());

/**
 * Logs a failure server-side: `context` (route, method, ids, codes) and the error's name, message
 * and stack frames. The browser is answered separately and never sees any of it.
 */
export function logError(error: unknown, context: Record<string, unknown>, logger: Logger = log): void {
  logger.error({ ...context, err: error }, "request failed");
}
