import type { ChambersAuthorityInput, ChambersAuthorityRecord } from "./schema";

/**
 * Tests only: a chambers' entry as a clerk would type it. The case is the tests' own (it names
 * nothing real and enters no library outside a test).
 */
export const EXAMPLE_ENTRY: ChambersAuthorityInput = {
  name: "Doe v. Roe Holdings, Inc.",
  shortName: "Doe",
  volume: 12,
  reporter: "F.4th",
  firstPage: 100,
  lastPage: 112,
  court: "9th Cir.",
  circuit: "9th",
  decided: "2021-06-01",
  propositions: [{ statement: "Certification is a narrow exception.", pin: "105" }],
  sourceUrl: "https://example.org/doe-v-roe",
  verifiedOn: "2026-12-01",
};

/** The example as a stored record, verified by "Jane Clerk". */
export const EXAMPLE_RECORD: ChambersAuthorityRecord = {
  id: "chambers-doe-v-roe-holdings-inc-abc123",
  verifiedBy: "Jane Clerk",
  input: EXAMPLE_ENTRY,
};
