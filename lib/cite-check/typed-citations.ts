import { listAuthorities } from "@/lib/authorities";
import { extractCitations } from "./extract-citations";
import { identifyCase, identifyRule, identifyStatute } from "./identify";
import { indexLibrary, type LibraryIndex } from "./library-index";

/**
 * The citations a clerk typed in free text, as the order's full / short / *Id.* pass needs them:
 * each citation clause in reading order, as a library authority (with its pin, and whether it was
 * cited in full), a citation the library lacks, a record citation, or an *Id.* (which continues
 * whatever came before).
 */
export type TypedCitation =
  { kind: "library"; authorityId: string; pin?: string; full: boolean } | { kind: "other" } | { kind: "id" };

/** Cheap test first: most text runs of an order hold no citation at all. */
const MAY_CITE = /\d\s+(?:[A-Z][A-Za-z]{0,6}\.|WL\b)|\b[Ii]d\.|\bsupra\b|Fed\.\s?R\.|\b(?:Doc|ECF|Dkt)\b/;

let builtIn: LibraryIndex | undefined;

export function typedCitations(text: string): TypedCitation[] {
  if (!MAY_CITE.test(text)) return [];
  builtIn ??= indexLibrary(listAuthorities());
  const index = builtIn;
  const titles = new Map<string, number>();
  const found: TypedCitation[] = [];
  for (const citation of extractCitations(text)) {
    if (citation.nestedIn !== undefined) continue;
    switch (citation.kind) {
      case "case": {
        const authority = identifyCase(citation, index);
        const pin = citation.cite.pins[0]?.text.replace(/\s+/g, "");
        found.push(
          authority
            ? { kind: "library", authorityId: authority.id, full: citation.form === "full", ...(pin ? { pin } : {}) }
            : { kind: "other" },
        );
        break;
      }
      case "statute": {
        if (citation.title !== undefined) titles.set(citation.section, citation.title);
        if (citation.textual) break;
        const authority = identifyStatute(citation, citation.title ?? titles.get(citation.section), index);
        found.push(
          authority
            ? { kind: "library", authorityId: authority.id, full: citation.form === "full" }
            : { kind: "other" },
        );
        break;
      }
      case "rule": {
        if (citation.textual) break;
        const authority = identifyRule(citation, index);
        found.push(authority ? { kind: "library", authorityId: authority.id, full: true } : { kind: "other" });
        break;
      }
      case "id":
        found.push({ kind: "id" });
        break;
      case "supra":
      case "record":
        found.push({ kind: "other" });
        break;
    }
    if (citation.inStringCite && found.at(-1)?.kind !== "id") found.push({ kind: "other" });
  }
  return found;
}
