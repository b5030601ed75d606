import { describe, expect, it } from "vitest";
import { CIRCUITS, CircuitIdSchema, getCircuit } from "./circuits";

describe("circuits", () => {
  it("lists the 13 courts of appeals, one per id", () => {
    expect(CIRCUITS.map((circuit) => circuit.id)).toEqual(CircuitIdSchema.options);
  });
  it.each([
    ["9th", "Ninth Circuit", "9th Cir."],
    ["2d", "Second Circuit", "2d Cir."],
    ["3d", "Third Circuit", "3d Cir."],
    ["10th", "Tenth Circuit", "10th Cir."],
    ["dc", "District of Columbia Circuit", "D.C. Cir."],
    ["fed", "Federal Circuit", "Fed. Cir."],
  ] as const)("%s is the %s, cited %s", (id, name, bluebook) => {
    expect(getCircuit(id)).toMatchObject({
      id,
      name,
      bluebook,
      fullName: `United States Court of Appeals for the ${name}`,
    });
  });
  it("throws for an id outside the table", () => {
    expect(() => getCircuit("12th" as never)).toThrow(/Unknown circuit id "12th"/);
  });
});
