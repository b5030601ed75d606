import { z } from "zod";

/**
 * The 13 federal courts of appeals, by the short id used throughout the app.
 * @see 28 U.S.C. § 41 (number and composition of circuits)
 */
export const CircuitIdSchema = z.enum([
  "1st",
  "2d",
  "3d",
  "4th",
  "5th",
  "6th",
  "7th",
  "8th",
  "9th",
  "10th",
  "11th",
  "dc",
  "fed",
]);
/** A circuit id: "9th", "2d", "dc", "fed". */
export type CircuitId = z.infer<typeof CircuitIdSchema>;

/** One court of appeals: how it is named in prose and abbreviated in a citation. */
export const CircuitSchema = z.object({
  id: CircuitIdSchema,
  /** Short name as prose uses it: "Ninth Circuit", "District of Columbia Circuit". */
  name: z.string().min(1),
  /** Full name: "United States Court of Appeals for the Ninth Circuit". */
  fullName: z.string().min(1),
  /** Bluebook (Table T1) court abbreviation in a citation parenthetical: "9th Cir.", "D.C. Cir.". */
  bluebook: z.string().min(1),
});
/** A court of appeals as data. */
export type Circuit = z.infer<typeof CircuitSchema>;

function circuit(id: CircuitId, name: string, bluebook: string): Circuit {
  return CircuitSchema.parse({ id, name, fullName: `United States Court of Appeals for the ${name}`, bluebook });
}

/**
 * The 13 courts of appeals in statutory order.
 * @see 28 U.S.C. § 41; Bluebook Table T1 (federal courts of appeals)
 */
export const CIRCUITS: readonly Circuit[] = [
  circuit("1st", "First Circuit", "1st Cir."),
  circuit("2d", "Second Circuit", "2d Cir."),
  circuit("3d", "Third Circuit", "3d Cir."),
  circuit("4th", "Fourth Circuit", "4th Cir."),
  circuit("5th", "Fifth Circuit", "5th Cir."),
  circuit("6th", "Sixth Circuit", "6th Cir."),
  circuit("7th", "Seventh Circuit", "7th Cir."),
  circuit("8th", "Eighth Circuit", "8th Cir."),
  circuit("9th", "Ninth Circuit", "9th Cir."),
  circuit("10th", "Tenth Circuit", "10th Cir."),
  circuit("11th", "Eleventh Circuit", "11th Cir."),
  circuit("dc", "District of Columbia Circuit", "D.C. Cir."),
  circuit("fed", "Federal Circuit", "Fed. Cir."),
];

/** The circuit with this id; throws for an id outside the table (a programmer error). */
export function getCircuit(id: CircuitId): Circuit {
  const found = CIRCUITS.find((entry) => entry.id === id);
  if (!found) throw new Error(`Unknown circuit id "${id}". Known ids: ${CIRCUITS.map((entry) => entry.id).join(", ")}`);
  return found;
}
