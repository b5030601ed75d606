import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  checkLibrary,
  findAuthority,
  getAuthority,
  getProposition,
  listAuthorities,
  statementContainsQuote,
} from "./index";
import { pinPages } from "./pin-pages";
import { isWestlawCite, type CaseAuthority } from "./types";

const authorities = listAuthorities();
const cases = authorities.filter((a): a is CaseAuthority => a.kind === "case");

describe("the authority library", () => {
  it("is consistent: unique ids, references resolve, statements contain their quotations, levels match pins", () => {
    expect(checkLibrary(authorities)).toEqual([]);
  });

  it("holds one file per authority, named by its id", () => {
    const folder = (name: string) =>
      readdirSync(fileURLToPath(new URL(`./${name}`, import.meta.url)))
        .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
        .map((f) => f.replace(/\.ts$/, ""))
        .sort();
    expect(folder("cases")).toEqual(cases.map((a) => a.id).sort());
    expect(folder("statutes")).toEqual(
      authorities
        .filter((a) => a.kind === "statute")
        .map((a) => a.id)
        .sort(),
    );
    expect(folder("rules")).toEqual(
      authorities
        .filter((a) => a.kind === "rule")
        .map((a) => a.id)
        .sort(),
    );
  });

  it.each(
    authorities.flatMap((a) =>
      a.propositions.filter((p) => p.quote).map((p) => [`${a.id}#${p.id}`, p.statement, p.quote ?? ""] as const),
    ),
  )("%s: the statement contains the quotation verbatim", (_id, statement, quote) =>
    expect(statementContainsQuote(statement, quote)).toBe(true),
  );

  it.each(
    cases.flatMap((c) => c.propositions.filter((p) => p.pin).map((p) => [`${c.id}#${p.id}`, c, p.pin ?? ""] as const)),
  )("%s: the pin lies within the case", (_id, c, pin) => {
    if (isWestlawCite(c.cite)) {
      expect(pin).toMatch(/^\*\d+$/);
      return;
    }
    const pages = pinPages(pin);
    if (!pages) throw new Error(`not a page pin: ${pin}`);
    expect(pages.last).toBeGreaterThanOrEqual(pages.first);
    expect(pages.first).toBeGreaterThanOrEqual(c.cite.firstPage);
    if (c.cite.lastPage !== undefined) expect(pages.last).toBeLessThanOrEqual(c.cite.lastPage);
  });

  it("puts every parallel pin at or after the parallel first page", () => {
    for (const c of cases) {
      for (const p of c.propositions) {
        const parallel = c.parallelCites?.[0];
        if (p.parallelPin && parallel)
          expect(pinPages(p.parallelPin)?.first).toBeGreaterThanOrEqual(parallel.firstPage);
      }
    }
  });

  it("records where every case binds: circuit courts, district courts and the Supreme Court agree with the court string", () => {
    for (const c of cases) {
      if (c.circuit === "scotus") {
        expect(c.court, c.id).toBe("");
        expect(c.isDistrictCourt, c.id).toBe(false);
      } else if (c.isDistrictCourt) {
        expect(c.court, c.id).toMatch(/^(?:[NSEWC]\.)?(?:D\.)/);
      } else {
        const expected = c.circuit === "dc" ? "D.C. Cir." : c.circuit === "fed" ? "Fed. Cir." : `${c.circuit} Cir.`;
        expect(c.court, c.id).toBe(expected);
      }
    }
  });

  it("dates every verification as checked between the research (2026-11-22) and today, never in the future", () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const a of authorities) {
      expect(a.verification.checked >= "2026-11-22", a.id).toBe(true);
      expect(a.verification.checked <= today, a.id).toBe(true);
    }
  });

  it("flags as-cited authorities' pins as unverified", () => {
    for (const a of authorities.filter((x) => x.verification.level === "as-cited")) {
      expect(
        a.propositions.every((p) => !p.pinVerified),
        a.id,
      ).toBe(true);
    }
  });

  it("throws on an unknown id (programmer error) and finds nothing quietly", () => {
    expect(() => getAuthority("no-such-case")).toThrow(/Unknown authority/);
    expect(() => getProposition("in-re-cement-antitrust", "no-such-proposition")).toThrow(/Unknown proposition/);
    expect(findAuthority("no-such-case")).toBeUndefined();
    expect(findAuthority("in-re-cement-antitrust")?.kind).toBe("case");
  });
});

describe("the seeds' citation errors are corrected in the data", () => {
  const cite = (id: string) => {
    const a = getAuthority(id);
    if (a.kind !== "case" || isWestlawCite(a.cite)) throw new Error(id);
    return {
      name: a.name,
      volume: a.cite.volume,
      firstPage: a.cite.firstPage,
      parentheticals: a.courtParentheticals ?? [],
    };
  };
  it.each([
    ["pimentel-v-pimentel", "Pimentel & Sons Guitar Makers, Inc. v. Pimentel", 477, 1151],
    ["eisen-v-carlisle-jacquelin", "Eisen v. Carlisle & Jacquelin", 417, 156],
    ["pulliam-v-allen", "Pulliam v. Allen", 466, 522],
    ["ahrenholz-v-board-of-trustees", "Ahrenholz v. Bd. of Trs. of Univ. of Ill.", 219, 674],
  ] as const)("%s", (id, name, volume, firstPage) => {
    expect(cite(id)).toMatchObject({ name, volume, firstPage });
  });
  it("carries McDowell's en banc and per curiam parentheticals and Ashelman's en banc", () => {
    expect(cite("mcdowell-v-calderon").parentheticals).toEqual(["en banc", "per curiam"]);
    expect(cite("ashelman-v-pope").parentheticals).toEqual(["en banc"]);
  });
  it("pins Coopers' exceptional-circumstances quotation at 475, quoting Fisons", () => {
    expect(getProposition("coopers-lybrand-v-livesay", "exceptional-circumstances")).toMatchObject({
      pin: "475",
      quoting: { authorityId: "fisons-v-united-states" },
    });
  });
  it("keeps James's seed pin 1067 n.6 only as unverified", () => {
    expect(getProposition("james-v-price-stern-sloan", "construed-narrowly")).toMatchObject({
      pin: "1067 n.6",
      pinVerified: false,
    });
  });
  it("names Moore's superseding statute and flags it unverified", () => {
    const moore = getAuthority("moore-v-brewster");
    expect(moore.kind === "case" && moore.subsequentHistory?.[0]).toMatchObject({
      text: expect.stringContaining("Federal Courts Improvement Act of 1996, Pub. L. No. 104-317, § 309(c)"),
      negative: true,
      verified: false,
    });
  });
  it("says judicial capacity, not official capacity, for Pulliam and Ashelman", () => {
    for (const [id, prop] of [
      ["pulliam-v-allen", "judicial-capacity"],
      ["ashelman-v-pope", "judicial-acts"],
    ] as const) {
      expect(getProposition(id, prop).statement).toContain("judicial capacity");
      expect(getProposition(id, prop).statement).not.toContain("official capacit");
    }
  });
  it("cites Fukuda, not Villarreal, for the burden sentence", () => {
    expect(getProposition("fukuda-v-county-of-los-angeles", "burden").statement).toContain("bears the burden");
    expect(getAuthority("villarreal-v-caremark").propositions.map((p) => p.id)).toEqual(["all-three-required"]);
  });
});
