/**
 * Fields a body carried that its schema does not know. zod's plain objects drop unknown keys
 * silently, so a misspelt answer would vanish; comparing what was sent with what was parsed names
 * each one, at any depth, whatever the schema's shape.
 */
export function unknownFields(sent: unknown, parsed: unknown, at: string[] = []): { path: string; message: string }[] {
  if (Array.isArray(sent) && Array.isArray(parsed))
    return sent.flatMap((item, i) => unknownFields(item, parsed[i], [...at, String(i)]));
  if (!isPlainObject(sent) || !isPlainObject(parsed)) return [];
  return Object.keys(sent).flatMap((key) =>
    key in parsed
      ? unknownFields(sent[key], parsed[key], [...at, key])
      : [{ path: [...at, key].join("."), message: "Unknown field" }],
  );
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
