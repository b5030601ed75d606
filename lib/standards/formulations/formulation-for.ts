import { NINTH_CIRCUIT_FORMULATION } from "./ninth-circuit";
import { SECOND_CIRCUIT_FORMULATION } from "./second-circuit";
import { SEVENTH_CIRCUIT_FORMULATION } from "./seventh-circuit";
import { SUPREME_COURT_FORMULATION } from "./supreme-court";
import { TENTH_CIRCUIT_FORMULATION } from "./tenth-circuit";
import { FormulationSchema, type Formulation, type FormulationCircuit } from "./types";

/** Each circuit's formulation; circuits not yet researched use the Supreme Court baseline. */
export const FORMULATIONS: Readonly<Record<FormulationCircuit, Formulation>> = {
  "1st": SUPREME_COURT_FORMULATION,
  "2d": FormulationSchema.parse(SECOND_CIRCUIT_FORMULATION),
  "3d": SUPREME_COURT_FORMULATION,
  "4th": SUPREME_COURT_FORMULATION,
  "5th": SUPREME_COURT_FORMULATION,
  "6th": SUPREME_COURT_FORMULATION,
  "7th": FormulationSchema.parse(SEVENTH_CIRCUIT_FORMULATION),
  "8th": SUPREME_COURT_FORMULATION,
  "9th": FormulationSchema.parse(NINTH_CIRCUIT_FORMULATION),
  "10th": FormulationSchema.parse(TENTH_CIRCUIT_FORMULATION),
  "11th": SUPREME_COURT_FORMULATION,
  dc: SUPREME_COURT_FORMULATION,
  fed: SUPREME_COURT_FORMULATION,
};

/** The formulation for a circuit; the Supreme Court baseline when the circuit is unknown. */
export function formulationFor(circuit: FormulationCircuit | undefined): Formulation {
  return circuit ? FORMULATIONS[circuit] : SUPREME_COURT_FORMULATION;
}
