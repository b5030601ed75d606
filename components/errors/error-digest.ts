/** The server's reference for an error that happened there (`error.digest`), when there is one. */
export function digestOf(error: unknown): string | undefined {
  const digest = error && typeof error === "object" ? (error as { digest?: unknown }).digest : undefined;
  return typeof digest === "string" ? digest : undefined;
}
