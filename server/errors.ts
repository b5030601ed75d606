/**
 * Typed failure codes of the data layer (server/http/failure-response turns them into HTTP answers).
 * Legal outcomes are values: functions return `Result`, they do not throw.
 */
export type ErrorCode = "not-found" | "conflict" | "forbidden-role" | "invalid";

/** A field-level problem, keyed by the full dotted path (what react-hook-form's setError expects). */
export type Issue = { path: string; message: string };

/** A success. */
export type Ok<T> = { ok: true; value: T };
/** A failure with its code and any extra data (issues, the conflicting version). */
export type Failure<C extends ErrorCode = ErrorCode, X extends object = object> = { ok: false; code: C } & X;
/** Either a value or a typed failure. */
export type Result<T, F extends Failure = Failure> = Ok<T> | F;

/** Wraps a success. */
export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });

/** Builds a failure. */
export function fail<C extends ErrorCode>(code: C): Failure<C>;
export function fail<C extends ErrorCode, X extends object>(code: C, extra: X): Failure<C, X>;
export function fail(code: ErrorCode, extra: object = {}): Failure {
  return { ok: false, code, ...extra };
}
