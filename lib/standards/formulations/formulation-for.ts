import { DC_CIRCUIT_FORMULATION } from "./dc-circuit";
import { EIGHTH_CIRCUIT_FORMULATION } from "./eighth-circuit";
import { ELEVENTH_CIRCUIT_FORMULATION } from "./eleventh-circuit";
import { FEDERAL_CIRCUIT_FORMULATION } from "./federal-circuit";
import { FIFTH_CIRCUIT_FORMULATION } from "./fifth-circuit";
import { FIRST_CIRCUIT_FORMULATION } from "./first-circuit";
import { FOURTH_CIRCUIT_FORMULATION } from "./fourth-circuit";
import { NINTH_CIRCUIT_FORMULATION } from "./ninth-circuit";
import { SECOND_CIRCUIT_FORMULATION } from "./second-circuit";
import { SEVENTH_CIRCUIT_FORMULATION } from "./seventh-circuit";
import { SIXTH_CIRCUIT_FORMULATION } from "./sixth-circuit";
import { SUPREME_COURT_FORMULATION } from "./supreme-court";
import { TENTH_CIRCUIT_FORMULATION } from "./tenth-circuit";
import { THIRD_CIRCUIT_FORMULATION } from "./third-circuit";
import { FormulationSchema, type Formulation, type FormulationCircuit } from "./types";

/** Each circuit's formulation, parsed at load (a typo in a slot id fails the first test that imports it). */
export const FORMULATIONS: Readonly<Record<FormulationCircuit, Formulation>> = {
  "1st": FormulationSchema.parse(FIRST_CIRCUIT_FORMULATION),
  "2d": FormulationSchema.parse(SECOND_CIRCUIT_FORMULATION),
  "3d": FormulationSchema.parse(THIRD_CIRCUIT_FORMULATION),
  "4th": FormulationSchema.parse(FOURTH_CIRCUIT_FORMULATION),
  "5th": FormulationSchema.parse(FIFTH_CIRCUIT_FORMULATION),
  "6th": FormulationSchema.parse(SIXTH_CIRCUIT_FORMULATION),
  "7th": FormulationSchema.parse(SEVENTH_CIRCUIT_FORMULATION),
  "8th": FormulationSchema.parse(EIGHTH_CIRCUIT_FORMULATION),
  "9th": FormulationSchema.parse(NINTH_CIRCUIT_FORMULATION),
  "10th": FormulationSchema.parse(TENTH_CIRCUIT_FORMULATION),
  "11th": FormulationSchema.parse(ELEVENTH_CIRCUIT_FORMULATION),
  dc: FormulationSchema.parse(DC_CIRCUIT_FORMULATION),
  fed: FormulationSchema.parse(FEDERAL_CIRCUIT_FORMULATION),
};

/** The formulation for a circuit; the Supreme Court baseline when the circuit is unknown. */
export function formulationFor(circuit: FormulationCircuit | undefined): Formulation {
  return circuit ? FORMULATIONS[circuit] : SUPREME_COURT_FORMULATION;
}
