/**
 * Thrown inside the subset parser when the Markdown uses anything it does not handle exactly as
 * micromark does; `parseMarkdownSubset` catches it and returns undefined, and the caller parses
 * the text with micromark instead. Never escapes this folder.
 */
export class Unsupported extends Error {}

export function unsupported(): never {
  throw new Unsupported();
}
