import type { District } from "./district";
import { DISTRICTS } from "./districts";

/** Words that say nothing about which district is meant. */
const FILLER_WORDS = new Set(["of", "the", "for", "in", "court", "united", "states", "us", "usdc"]);

/** Lowercase, with dots, spaces and other punctuation removed: "S.D. Cal." → "sdcal". */
function compact(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Rank of a district for a query: 0 exact id or abbreviation … 4 every word found; undefined when no match. */
function rank(district: District, query: string, queryWords: string[]): number | undefined {
  const exactKeys = [district.id, compact(district.bluebook)];
  const nameKeys = [compact(district.name), compact(district.state.name), district.state.code.toLowerCase()];
  const allKeys = [...exactKeys, ...nameKeys];
  if (exactKeys.includes(query)) return 0;
  if (nameKeys.includes(query)) return 1;
  if (allKeys.some((key) => key.startsWith(query))) return 2;
  if (allKeys.some((key) => key.includes(query))) return 3;
  const haystack = [district.id, ...words(district.name), ...words(district.state.name), ...words(district.bluebook)];
  if (queryWords.length > 0 && queryWords.every((word) => haystack.some((candidate) => candidate.startsWith(word))))
    return 4;
  return undefined;
}

/**
 * Districts matching a picker's search text, best first: exact id or Bluebook abbreviation, then
 * exact name or state, then prefix, then substring, then every word matched. Case, dots and spaces
 * are ignored ("sdcal", "S.D. Cal.", "southern california" and "casd" all find S.D. Cal.). Empty
 * text returns the first `limit` districts in table order.
 */
export function searchDistricts(query: string, limit = 10): District[] {
  const needle = compact(query);
  if (needle === "") return DISTRICTS.slice(0, limit);
  const queryWords = words(query).filter((word) => !FILLER_WORDS.has(word));
  return DISTRICTS.flatMap((district, index) => {
    const score = rank(district, needle, queryWords);
    return score === undefined ? [] : [{ district, score, index }];
  })
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .slice(0, limit)
    .map((hit) => hit.district);
}
