import type { CircuitId } from "./circuits";
import type { District } from "./district";
import { DISTRICTS } from "./districts";

const BY_ID = new Map(DISTRICTS.map((district) => [district.id, district]));

/** The district with this PACER id ("casd"), or undefined: for ids that come from stored or typed input. */
export function findDistrict(id: string): District | undefined {
  return BY_ID.get(id);
}

/** The district with this PACER id; throws for an unknown id, which is a programmer error. */
export function getDistrict(id: string): District {
  const district = findDistrict(id);
  if (!district)
    throw new Error(`Unknown district id "${id}": expected a PACER court id from DISTRICTS, e.g. "casd" or "nmd"`);
  return district;
}

/**
 * The districts whose appeals go to this circuit, in DISTRICTS order; none for the Federal Circuit.
 * @see 28 U.S.C. § 41
 */
export function districtsInCircuit(circuit: CircuitId): District[] {
  return DISTRICTS.filter((district) => district.circuit === circuit);
}
