import type { CaseAuthority } from "@/lib/authorities";
import type { ChambersAuthorityRecord } from "./schema";

/** A kebab id for a chambers authority: "chambers-" + its name, + a few characters of its key so names may repeat. */
export function chambersAuthorityId(name: string, key: string): string {
  const slug = name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `chambers-${slug || "case"}-${key
    .replace(/[^a-z0-9]/gi, "")
    .slice(0, 8)
    .toLowerCase()}`;
}

/** Who in the chambers verified a case, where and when (the cite-check's CheckableAuthority carries the same). */
export type ChambersVerified = { chambers: { verifiedBy: string; verifiedAt: string; source: string } };

/**
 * A chambers authority in the library's own shape, with verification level `chambers` and who
 * verified it: what the cite-check and the order read.
 */
export function toChambersAuthority(record: ChambersAuthorityRecord): CaseAuthority & ChambersVerified {
  const { input } = record;
  return {
    kind: "case",
    id: record.id,
    name: input.name,
    shortName: input.shortName,
    cite: {
      volume: input.volume,
      reporter: input.reporter,
      firstPage: input.firstPage,
      lastPage: input.lastPage,
      lastPageSource: input.sourceUrl,
    },
    court: input.court,
    year: Number(input.decided.slice(0, 4)),
    decided: input.decided,
    decidedSource: input.sourceUrl,
    circuit: input.circuit,
    // Courts of appeals print "Cir."; the Supreme Court prints no court; anything else is a trial court.
    isDistrictCourt: input.court !== "" && !/\bCir\.$/.test(input.court),
    verification: { level: "chambers", source: input.sourceUrl, checked: input.verifiedOn },
    propositions: input.propositions.map((proposition, i) => ({
      id: `p${i + 1}`,
      pin: proposition.pin,
      ...(proposition.quote ? { quote: proposition.quote } : {}),
      statement: proposition.statement,
      pinVerified: true,
      pinSource: input.sourceUrl,
    })),
    chambers: { verifiedBy: record.verifiedBy, verifiedAt: input.verifiedOn, source: input.sourceUrl },
  };
}
