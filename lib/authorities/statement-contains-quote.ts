const OPEN = `["“]`;
const CLOSE = `["”]`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * True when `quote` appears verbatim in `statement` between double quotation marks (straight or
 * curly), allowing American punctuation inside the closing mark: `"… final judgment."`.
 */
export function statementContainsQuote(statement: string, quote: string): boolean {
  return new RegExp(`${OPEN}${escapeRegExp(quote)}[.,;:!?]?${CLOSE}`).test(statement);
}
