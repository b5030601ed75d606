import { describe, expect, it } from "vitest";
import { getAuthority, getProposition, type Authority } from "@/lib/authorities";
import { ALTERNATIVES } from "./alternatives";
import { FORMULATIONS, formulationFor } from "./formulation-for";
import { SUPREME_COURT_FORMULATION } from "./supreme-court";
import {
  FormulationCircuitSchema,
  FormulationSchema,
  SLOT_IDS,
  type FormulationCircuit,
  type PropositionRef,
} from "./types";

const CIRCUITS = FormulationCircuitSchema.options;

/** A circuit may cite only itself, the Supreme Court, statutes and rules, and district courts within it. */
function binds(authority: Authority, circuit: FormulationCircuit | "scotus"): boolean {
  if (authority.kind !== "case") return true;
  return authority.circuit === "scotus" || authority.circuit === circuit;
}

const everyRef = (circuit: FormulationCircuit) => [
  ...Object.entries(FORMULATIONS[circuit]).flatMap(([slot, refs]) =>
    refs.map((ref) => ({ slot, ref, isDefault: true })),
  ),
  ...Object.entries(ALTERNATIVES[circuit]).flatMap(([slot, refs]) =>
    (refs ?? []).map((ref) => ({ slot, ref, isDefault: false })),
  ),
];

describe("formulations", () => {
  it.each(CIRCUITS)("%s: every slot is present and the formulation parses", (circuit) => {
    const formulation = FormulationSchema.parse(FORMULATIONS[circuit]);
    expect(Object.keys(formulation).sort()).toEqual([...SLOT_IDS].sort());
  });

  it.each(CIRCUITS)("%s: every proposition exists in the library (defaults and alternatives)", (circuit) => {
    for (const { ref } of everyRef(circuit))
      expect(() => getProposition(ref.authorityId, ref.propositionId)).not.toThrow();
  });

  it.each(CIRCUITS)("%s: cites only its own circuit, the Supreme Court, statutes and rules", (circuit) => {
    const strays = everyRef(circuit).filter(({ ref }) => !binds(getAuthority(ref.authorityId), circuit));
    expect(strays).toEqual([]);
  });

  it("keeps the Supreme Court baseline to statutes, rules and the Supreme Court", () => {
    for (const refs of Object.values(SUPREME_COURT_FORMULATION)) {
      for (const ref of refs) expect(binds(getAuthority(ref.authorityId), "scotus"), ref.authorityId).toBe(true);
    }
  });

  it.each(CIRCUITS)("%s: defaults never use an as-cited authority (those are the clerk's choice)", (circuit) => {
    const asCited = everyRef(circuit).filter(
      ({ ref, isDefault }) => isDefault && getAuthority(ref.authorityId).verification.level === "as-cited",
    );
    expect(asCited).toEqual([]);
  });

  it.each(CIRCUITS)("%s: alternatives do not repeat the slot's default", (circuit) => {
    for (const [slot, refs] of Object.entries(ALTERNATIVES[circuit])) {
      const defaults = FORMULATIONS[circuit][slot as keyof (typeof FORMULATIONS)[typeof circuit]].map(
        (r: PropositionRef) => `${r.authorityId}#${r.propositionId}`,
      );
      for (const ref of refs ?? [])
        expect(defaults, `${circuit} ${slot}`).not.toContain(`${ref.authorityId}#${ref.propositionId}`);
    }
  });

  it("gives every court of appeals its own formulation and an unknown circuit the Supreme Court baseline", () => {
    for (const circuit of CIRCUITS) expect(formulationFor(circuit), circuit).not.toEqual(SUPREME_COURT_FORMULATION);
    expect(formulationFor(undefined)).toBe(SUPREME_COURT_FORMULATION);
  });

  it.each(CIRCUITS)("%s: never cites an authority whose subsequent history takes away its force", (circuit) => {
    const negative = everyRef(circuit).filter(({ ref }) => {
      const authority = getAuthority(ref.authorityId);
      return authority.kind === "case" && (authority.subsequentHistory ?? []).some((history) => history.negative);
    });
    expect(negative).toEqual([]);
  });
});

const ids = (refs: readonly PropositionRef[] | undefined) =>
  (refs ?? []).map((r) => `${r.authorityId}#${r.propositionId}`);

describe("each circuit's own law, slot by slot", () => {
  it.each([
    ["1st", "narrow-construction", ["camacho-v-puerto-rico-ports-authority#hens-teeth-rare"]],
    [
      "1st",
      "reconsideration-59e",
      ["frcp-59-e#twenty-eight-days", "perez-v-lorraine-enterprises#extraordinary-remedy"],
    ],
    [
      "3d",
      "controlling-question",
      ["katz-v-carte-blanche#reversal-after-final-hearing", "katz-v-carte-blanche#serious-to-conduct"],
    ],
    ["4th", "narrow-construction", ["myles-v-laffitte#used-sparingly"]],
    ["4th", "reconsideration-59e", ["frcp-59-e#twenty-eight-days", "mayfield-v-nascar#extraordinary-remedy"]],
    ["5th", "pure-question-of-law", ["clark-dietz-v-basic-construction#fact-review"]],
    ["5th", "reconsideration-59e-grounds", ["templet-v-hydrochem#narrow-purpose"]],
    ["6th", "three-elements", ["in-re-city-of-memphis#three-conditions"]],
    [
      "6th",
      "exceptional-circumstances",
      ["in-re-city-of-memphis#sparingly", "coopers-lybrand-v-livesay#exceptional-circumstances"],
    ],
    ["7th", "reconsideration-59e", ["frcp-59-e#twenty-eight-days", "runnion-v-girl-scouts#extraordinary-remedies"]],
    ["8th", "burden", ["white-v-nix#heavy-burden"]],
    ["8th", "reconsideration-59e-grounds", ["innovative-home-health-care#limited-function"]],
    [
      "10th",
      "reconsideration-59e-grounds",
      ["servants-of-paraclete-v-does#misapprehension", "servants-of-paraclete-v-does#grounds"],
    ],
    ["11th", "three-elements", ["28-usc-1292-b#certification-criteria", "mamani-v-berzain#five-conditions"]],
    [
      "11th",
      "pure-question-of-law",
      ["mcfarlin-v-conseco#pure-controlling-question", "mcfarlin-v-conseco#settled-law"],
    ],
    ["dc", "controlling-question", ["judicial-watch-v-nepdg#controlling"]],
    ["dc", "burden", ["judicial-watch-v-nepdg#burden"]],
    ["fed", "three-elements", ["28-usc-1292-b#certification-criteria", "28-usc-1292-c-1#federal-circuit-jurisdiction"]],
  ] as const)("%s %s", (circuit, slot, expected) => {
    expect(ids(formulationFor(circuit)[slot])).toEqual(expected);
  });

  it("keeps the vacated In re Trump (4th Cir.) in the library, flagged, and out of every formulation", () => {
    const trump = getAuthority("in-re-trump-fourth-circuit");
    expect(trump.kind === "case" && trump.subsequentHistory?.[0]).toMatchObject({ negative: true });
    for (const circuit of CIRCUITS)
      expect(everyRef(circuit).map(({ ref }) => ref.authorityId)).not.toContain("in-re-trump-fourth-circuit");
  });

  it("leaves a slot with nothing verified for the circuit at the Supreme Court baseline", () => {
    expect(formulationFor("3d").burden).toEqual([]);
    expect(formulationFor("fed")["controlling-question"]).toEqual(SUPREME_COURT_FORMULATION["controlling-question"]);
    expect(formulationFor("4th")["substantial-ground"]).toEqual(SUPREME_COURT_FORMULATION["substantial-ground"]);
  });
});

describe("the Ninth Circuit", () => {
  const ninth = formulationFor("9th");

  it("states discretion with Swint and offers Tenet Healthcare and Brizzee instead", () => {
    expect(ids(ninth.discretion)).toEqual(["swint-v-chambers-county#first-line-discretion"]);
    expect(ids(ALTERNATIVES["9th"].discretion)).toEqual([
      "united-states-v-tenet-healthcare#sound-discretion",
      "brizzee-v-fred-meyer#unfettered-discretion",
    ]);
  });
  it("defines a controlling question with In re Cement at 1026", () => {
    expect(ids(ninth["controlling-question"])).toEqual(["in-re-cement-antitrust#controlling"]);
  });
  it("carries the seeds' authorities for the slots they fill", () => {
    expect(ids(ninth["narrow-construction"])).toEqual(["james-v-price-stern-sloan#construed-narrowly"]);
    expect(ids(ninth.burden)).toEqual(["fukuda-v-county-of-los-angeles#burden"]);
    expect(ids(ninth["reconsideration-59e"])).toEqual([
      "carroll-v-nakatani#extraordinary-remedy",
      "mcdowell-v-calderon#highly-unusual-circumstances",
    ]);
  });
  it("leaves a slot with nothing verified empty", () => {
    expect(ninth.timeliness).toEqual([]);
  });
});
