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

/** The fields of an error worth logging: name, message (capped), code, stack frames; its cause likewise. Nothing else it carries. */
export function errorFields(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { name: "NonError", type: typeof error };
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? "")
    .split("\n")
    .filter((line) => /^\s+at /.test(line))
    .map((line) => line.trim());
  return {
    name: error.name,
    message: error.message.length > MAX_MESSAGE_CHARS ? `${error.message.slice(0, MAX_MESSAGE_CHARS)}…` : error.message,
    ...(typeof code === "string" || typeof code === "number" ? { code } : {}),
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
