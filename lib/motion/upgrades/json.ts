/** A draft as read from storage, before the schema has accepted it. */
export type Json = Record<string, unknown>;

export const isRecord = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export const recordAt = (value: unknown): Json => (isRecord(value) ? value : {});
