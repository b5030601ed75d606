// @ts-check
/**
 * Makes everything the framework writes to the console a JSON line in the app's log: Next.js
 * prints a failed request's error with console.error, and other notices with console.warn/log.
 * An Error is logged by its name, a capped message and its stack frames (as server/log.ts does);
 * other arguments by their text, capped, since the framework prints no draft data.
 */

const MAX_CHARS = 300;

/** @param {unknown} value */
function describe(value) {
  if (value instanceof Error) {
    const frames = (value.stack ?? "")
      .split("\n")
      .filter((line) => /^\s+at /.test(line))
      .map((line) => line.trim());
    const message = value.message.split("\nparams:")[0] ?? "";
    return { name: value.name, message: message.slice(0, MAX_CHARS), ...(frames.length > 0 ? { stack: frames } : {}) };
  }
  return undefined;
}

/**
 * Routes console.error/warn/info/log through `logger` (a pino logger).
 * @param {{ error: Function, warn: Function, info: Function }} logger
 * @param {Console} target
 */
export function jsonConsole(logger, target = console) {
  /** @param {"error" | "warn" | "info"} level */
  const route =
    (level) =>
    (/** @type {unknown[]} */ ...args) => {
      const errors = args.map(describe).filter(Boolean);
      const text = args
        .filter((arg) => !(arg instanceof Error))
        .map((arg) => (typeof arg === "string" ? arg : (JSON.stringify(arg) ?? String(arg))))
        .join(" ")
        // Terminal colours and the framework's decorations are not part of the message.
        .replace(/\u001b\[[0-9;]*m/g, "")
        .trim()
        .slice(0, MAX_CHARS);
      logger[level]({ source: "framework", ...(errors.length > 0 ? { err: errors[0] } : {}) }, text || "(no message)");
    };
  target.error = route("error");
  target.warn = route("warn");
  target.info = route("info");
  target.log = route("info");
}
