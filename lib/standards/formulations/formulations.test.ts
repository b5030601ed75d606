import { describe, expect, it } from "vitest";
import { getAuthority, getProposition, type Authority } from "@/lib/authorities";
import { ALTERNATIVES } from "./alternatives";
import { FORMULATIONS, formulationFor } from "./formulation-for";
import { SUPREME_COURT_FORMULATION } from "./supreme-court";
import { FormulationCircuitSchema, FormulationSchema, SLOT_IDS, type FormulationCircuit, type PropositionRef } from "./types";

const CIRCUITS = FormulationCircuitSchema.options;

/** A circuit may cite only itself, the Supreme Court, statutes and rules, and district courts within it. */
function binds(authority: Authority, circuit: FormulationCircuit | "scotus"): boolean {
  if (authority.kind !== "case") return true;
  return authority.circuit === "scotus" || authority.circuit === circuit;
}

const everyRef = (circuit: FormulationCircuit) => [
  ...Object.entries(FORMULATIONS[circuit]).flatMap(([slot, refs]) => refs.map((ref) => ({ slot, ref, isDefault: true }))),
  ...Object.entries(ALTERNATIVES[circuit]).flatMap(([slot, refs]) => (refs ?? []).map((ref) => ({ slot, ref, isDefault: false }))),
];

describe("formulations", () => {
  it.each(CIRCUITS)("%s: every slot is present and the formulation parses", (circuit) => {
    const formulation = FormulationSchema.parse(FORMULATIONS[circuit]);
    expect(Object.keys(formulation).sort()).toEqual([...SLOT_IDS].sort());
  });

  it.each(CIRCUITS)("%s: every proposition exists in the library (defaults and alternatives)", (circuit) => {
    for (const { ref } of everyRef(circuit)) expect(() => getProposition(ref.authorityId, ref.propositionId)).not.toThrow();
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
    const asCited = everyRef(circuit).filter(({ ref, isDefault }) => isDefault && getAuthority(ref.authorityId).verification.level === "as-cited");
    expect(asCited).toEqual([]);
  });

  it.each(CIRCUITS)("%s: alternatives do not repeat the slot's default", (circuit) => {
    for (const [slot, refs] of Object.entries(ALTERNATIVES[circuit])) {
      const defaults = FORMULATIONS[circuit][slot as keyof (typeof FORMULATIONS)[typeof circuit]].map((r: PropositionRef) => `${r.authorityId}#${r.propositionId}`);
      for (const ref of refs ?? []) expect(defaults, `${circuit} ${slot}`).not.toContain(`${ref.authorityId}#${ref.propositionId}`);
    }
  });

  it("uses the Supreme Court baseline for circuits not yet researched and for an unknown circuit", () => {
    for (const circuit of ["1st", "3d", "4th", "5th", "6th", "8th", "11th", "dc", "fed"] as const) expect(formulationFor(circuit)).toBe(SUPREME_COURT_FORMULATION);
    expect(formulationFor(undefined)).toBe(SUPREME_COURT_FORMULATION);
  });
});

describe("the Ninth Circuit", () => {
  const ninth = formulationFor("9th");
  const ids = (refs: readonly PropositionRef[] | undefined) => (refs ?? []).map((r) => `${r.authorityId}#${r.propositionId}`);

  it("states discretion with Swint and offers Tenet Healthcare and Brizzee instead", () => {
    expect(ids(ninth.discretion)).toEqual(["swint-v-chambers-county#first-line-discretion"]);
    expect(ids(ALTERNATIVES["9th"].discretion)).toEqual(["united-states-v-tenet-healthcare#sound-discretion", "brizzee-v-fred-meyer#unfettered-discretion"]);
  });
  it("defines a controlling question with In re Cement at 1026", () => {
    expect(ids(ninth["controlling-question"])).toEqual(["in-re-cement-antitrust#controlling"]);
  });
  it("carries the seeds' authorities for the slots they fill", () => {
    expect(ids(ninth["narrow-construction"])).toEqual(["james-v-price-stern-sloan#construed-narrowly"]);
    expect(ids(ninth.burden)).toEqual(["fukuda-v-county-of-los-angeles#burden"]);
    expect(ids(ninth["reconsideration-59e"])).toEqual(["carroll-v-nakatani#extraordinary-remedy", "mcdowell-v-calderon#highly-unusual-circumstances"]);
  });
  it("leaves a slot with nothing verified empty", () => {
    expect(ninth.timeliness).toEqual([]);
  });
});
