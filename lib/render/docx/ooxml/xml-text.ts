/**
 * Escaping exactly as the `docx` package writes text and attribute values, so the XML written
 * here is byte for byte the XML `docx` writes: the five markup characters as entities, and the
 * C0 controls XML 1.0 forbids dropped.
 */
const ESCAPES: Record<string, string> = { "&": "&amp;", '"': "&quot;", "'": "&apos;", "<": "&lt;", ">": "&gt;" };

// Test before replacing: most text has nothing to escape, and a test is cheaper than a replace.
const NEEDS_ESCAPE = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/;
const ESCAPED = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;

export function escapeXml(value: string): string {
  return NEEDS_ESCAPE.test(value) ? value.replace(ESCAPED, (char) => ESCAPES[char] ?? "") : value;
}
