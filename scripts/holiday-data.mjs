// Writes lib/deadlines/us-holiday-data.json: date-holidays' rules for the United States and the
// territories with district courts (Puerto Rico, Guam, the Virgin Islands), picked from the
// library's data for all 200 countries, which the browser would otherwise download whole (~225 KB
// compressed) for the petition deadline. Run after upgrading date-holidays: npm run holiday-data.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const PICKED = ["US", "PR", "GU", "VI"];
const require = createRequire(import.meta.url);
// The package exports no path to its data: find it beside its package.json.
const packageJson = require.resolve("date-holidays/package.json");
const all = JSON.parse(readFileSync(new URL("data/holidays.json", `file://${packageJson}`), "utf8"));
const holidays = Object.fromEntries(PICKED.map((country) => [country, all.holidays[country]]));
const picked = { version: all.version, license: all.license, holidays, names: all.names };
const target = new URL("../lib/deadlines/us-holiday-data.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(picked)}\n`);
console.log(`us-holiday-data.json: ${PICKED.join(", ")} from date-holidays ${all.version}`);
