/**
 * Every circuit fixture's order states the law of its own court of appeals: each cite token the
 * templates put in the legal-standard and discussion sections names the Supreme Court, a statute
 * or rule, that court of appeals, or a district court within it. Citations a clerk typed into
 * clerk text are the chambers' own choice and are not checked here.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getAuthority, type Authority } from "@/lib/authorities";
import { CircuitIdSchema, DISTRICTS, findDistrict, type CircuitId } from "@/lib/courts";
import { MotionDraftSchema, type MotionDraft } from "@/lib/motion/schema";
import { listClerkMarkers } from "@/lib/motion/clerk-markers";
import { draftOrder } from "@/lib/order/draft-order";
import type { Block, CiteToken, OrderDoc, SectionId } from "@/lib/order-doc/types";

const CIRCUIT_FIXTURES = path.resolve(import.meta.dirname, "../fixtures/circuits");
const CHECKED_SECTIONS: readonly SectionId[] = ["legal-standard", "discussion"];

const files = readdirSync(CIRCUIT_FIXTURES).filter((file) => /^\d{3}\.json$/.test(file));
const load = (file: string): MotionDraft =>
  MotionDraftSchema.parse(JSON.parse(readFileSync(path.join(CIRCUIT_FIXTURES, file), "utf8")));

/** The court of appeals a fixture's order answers to: its district's, or the Federal Circuit's (28 U.S.C. § 1292(c)(1)). */
function fixtureCircuit(draft: MotionDraft): CircuitId | undefined {
  if (draft.case.isWithinFederalCircuitJurisdiction) return "fed";
  return findDistrict(draft.case.districtId ?? "")?.circuit;
}

/** Whether an authority may be cited as law in an order of a district court whose appeals go to `circuit`. */
function binds(authority: Authority, circuit: CircuitId): boolean {
  if (authority.kind !== "case" || authority.circuit === "scotus") return true;
  if (!authority.isDistrictCourt) return authority.circuit === circuit;
  // A district-court decision: which district, by its Bluebook abbreviation (no district sits in the Federal Circuit).
  const district = DISTRICTS.find((d) => d.bluebook === authority.court);
  return district !== undefined && district.circuit === circuit;
}

/** Every cite token in the checked sections, a footnote read where its reference stands. */
function checkedCiteTokens(doc: OrderDoc): CiteToken[] {
  const tokens: CiteToken[] = [];
  const walk = (blocks: readonly Block[]) => {
    for (const block of blocks) {
      for (const run of block.kind === "list" ? block.items : [block.content]) {
        for (const inline of run) {
          if (inline.kind === "cite") tokens.push(inline.token);
          if (inline.kind === "footnoteRef") walk(doc.footnotes[inline.footnoteId] ?? []);
        }
      }
    }
  };
  walk(doc.body.filter((block) => CHECKED_SECTIONS.includes(block.section)));
  return tokens;
}

/** "authority#proposition" of every [[cite …]] marker anywhere in the draft's clerk text. */
function clerkCites(draft: MotionDraft): Set<string> {
  const strings: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === "string") strings.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === "object") Object.values(value).forEach(collect);
  };
  collect(draft);
  return new Set(
    strings.flatMap((text) =>
      listClerkMarkers(text).markers.flatMap((m) =>
        m.kind === "cite" ? [`${m.authorityId}#${m.propositionId ?? ""}`] : [],
      ),
    ),
  );
}

/** The cites in an order that do not bind in `circuit`, as "authority (court)". */
function strays(draft: MotionDraft, circuit: CircuitId): string[] {
  const { doc } = draftOrder(draft);
  const typedByClerk = clerkCites(draft);
  return checkedCiteTokens(doc)
    .filter((token) => !typedByClerk.has(`${token.authorityId}#${token.propositionId ?? ""}`))
    .map((token) => getAuthority(token.authorityId))
    .filter((authority) => !binds(authority, circuit))
    .map((authority) => `${authority.id} (${authority.kind === "case" ? authority.court : authority.kind})`);
}

describe("circuit fixtures", () => {
  it("cover every court of appeals exactly once", () => {
    const circuits = files.map((file) => fixtureCircuit(load(file)));
    expect([...circuits].sort()).toEqual([...CircuitIdSchema.options].sort());
  });
});

describe.each(files)("circuit fixture %s", (file) => {
  const draft = load(file);
  const circuit = fixtureCircuit(draft);

  it("is decided under its own court of appeals' law", () => {
    expect(circuit).toBeDefined();
    expect(draftOrder(draft).findings.circuit).toBe(circuit);
  });

  it("cites as law only the Supreme Court, statutes and rules, its own court of appeals, and district courts within it", () => {
    const { doc } = draftOrder(draft);
    expect(checkedCiteTokens(doc).length).toBeGreaterThan(0);
    expect(strays(draft, circuit!)).toEqual([]);
  });
});

describe("the binding check itself", () => {
  const first = load("201.json");

  it("catches another circuit's case and another circuit's district court chosen for a slot", () => {
    const withStrays: MotionDraft = {
      ...first,
      analysis: {
        ...first.analysis,
        slotChoices: {
          "narrow-construction": [{ authorityId: "james-v-price-stern-sloan", propositionId: "construed-narrowly" }],
          burden: [{ authorityId: "fukuda-v-county-of-los-angeles", propositionId: "burden" }],
        },
      },
    };
    expect(strays(withStrays, "1st")).toEqual([
      "james-v-price-stern-sloan (9th Cir.)",
      "fukuda-v-county-of-los-angeles (C.D. Cal.)",
    ]);
  });

  it("leaves a citation the clerk typed into clerk text to the chambers", () => {
    const clerkTyped: MotionDraft = {
      ...first,
      certification: {
        ...first.certification,
        controllingQuestion: {
          ...first.certification.controllingQuestion,
          reasoning: "Compare [[cite see ictsi-v-ilwu#question-of-fact]].",
        },
      },
    };
    const tokens = checkedCiteTokens(draftOrder(clerkTyped).doc);
    expect(tokens.map((token) => token.authorityId)).toContain("ictsi-v-ilwu");
    expect(strays(clerkTyped, "1st")).toEqual([]);
  });

  it("places a district-court decision in its district's circuit by the Bluebook abbreviation", () => {
    expect(binds(getAuthority("judicial-watch-v-nepdg"), "dc")).toBe(true);
    expect(binds(getAuthority("west-tennessee-chapter-v-city-of-memphis"), "6th")).toBe(true);
    expect(binds(getAuthority("west-tennessee-chapter-v-city-of-memphis"), "fed")).toBe(false);
    expect(binds(getAuthority("carbajal-v-keefer"), "9th")).toBe(false);
  });
});
