import fs from "node:fs";
import { defineConfig, globalIgnores } from "eslint/config";
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

/**
 * The architecture, as the imports it allows. Data flows motion → standards → order → render; each
 * module below may import only the modules listed for it (and itself). Tests and testing helpers
 * are outside the graph: they may import any lib module, and nothing but tests imports them.
 */
const LEAVES = ["dates", "order-doc", "style"]; // calendar dates, the OrderDoc model, the StyleProfile
const REFERENCE = ["deadlines", "courts", "authorities", "chambers-library", "docket"]; // the law and the court's data below the draft
const LIB_ARROWS = {
  dates: [],
  "order-doc": [],
  style: [],
  deadlines: ["dates"],
  courts: ["dates", "deadlines", "style"],
  authorities: ["dates", "order-doc"],
  // The chambers' own verified cases, in the library's shape.
  "chambers-library": ["authorities", "dates"],
  docket: ["authorities", "dates", "order-doc", "style"],
  motion: [...REFERENCE, ...LEAVES],
  standards: ["motion", ...REFERENCE, ...LEAVES],
  // The citation pass reads the citations a clerk typed with the cite-check's extractor.
  order: ["standards", "motion", "cite-check", ...REFERENCE, ...LEAVES],
  // Renderers lay out an OrderDoc in a StyleProfile; they never see how it was composed.
  render: [...LEAVES],
  // Beside the flow: the wizard's steps, and the review's Word comments and redlines.
  wizard: ["standards", "motion", ...REFERENCE, ...LEAVES],
  review: ["render", ...LEAVES],
  // Reads the citations of any order's text (the order's own pass reads the clerk's typed ones with
  // it), checks them against the authority library, and can write its findings as Word comments.
  "cite-check": ["authorities", "review", ...LEAVES],
  // The app's rules without I/O: accounts, a draft's status and comments, the API's bodies and responses.
  accounts: [],
  workflow: ["motion", "review", ...LEAVES],
  api: ["accounts", "workflow", "motion", "chambers-library", "cite-check", ...LEAVES],
};

/** server/ does the I/O, layered the same way: the database below, HTTP on top. */
const SERVER_ARROWS = {
  db: [],
  "errors.ts": [],
  "log.ts": [],
  auth: ["db", "errors.ts", "log.ts"],
  chambers: ["auth", "db", "errors.ts"],
  drafts: ["auth", "db", "errors.ts", "log.ts"],
  http: ["auth", "db", "errors.ts", "log.ts"],
  // Reads the text out of Word and PDF files for the citation check; the chambers' own library; the commented Word file.
  "cite-check": ["auth", "db", "errors.ts"],
};

const unplaced = (folder, arrows) =>
  fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => (entry.isDirectory() || /\.tsx?$/.test(entry.name)) && !entry.name.endsWith(".test.ts"))
    .map((entry) => entry.name)
    .filter((name) => !(name in arrows));
for (const [folder, arrows] of [
  ["lib", LIB_ARROWS],
  ["server", SERVER_ARROWS],
]) {
  const missing = unplaced(folder, arrows);
  if (missing.length > 0) {
    throw new Error(
      `${missing.map((m) => `${folder}/${m}`).join(", ")}: place it in ${folder.toUpperCase()}_ARROWS of eslint.config.mjs`,
    );
  }
}

/** One zone per module: everything it may not import, with the list of what it may. */
const zonesFor = (folder, arrows) =>
  Object.entries(arrows).map(([name, allowed]) => ({
    target: `./${folder}/${name}`,
    from: Object.keys(arrows)
      .filter((other) => other !== name && !allowed.includes(other))
      .map((other) => `./${folder}/${other}`),
    message: `${folder}/${name} may import only ${allowed.length ? allowed.map((a) => `${folder}/${a}`).join(", ") : `its own files`} (the arrows in eslint.config.mjs).`,
  }));

const TOP_ZONES = [
  { target: "./lib", from: ["./server", "./components", "./app"], message: "lib/ is pure: no I/O, no UI." },
  {
    target: "./components",
    from: ["./server", "./app"],
    message: "Components run in the browser: take schemas and rules from lib/, data from the API or props.",
  },
  { target: "./server", from: ["./components", "./app"], message: "server/ is below the app and its components." },
];
const TEST_FILES = ["**/*.test.ts", "**/*.test.tsx", "**/testing.ts", "**/testing/**"];
const NO_TESTING_HELPERS = {
  target: ".",
  from: ["./*/**/testing.ts", "./*/**/testing/**"],
  message: "Testing helpers are for tests.",
};

const IO_AND_NEXT = {
  group: ["node:*", "next", "next/*", "server-only", "pg", "@electric-sql/*", "drizzle-orm*", "better-auth*", "pino"],
  message: "lib/ is pure and framework-free: I/O and Next belong in server/ and app/.",
};
const REACT = {
  group: ["react", "react/*", "react-dom", "react-dom/*"],
  message: "Only lib/render/html renders with React (to static markup); the UI lives in components/.",
};

export default defineConfig([
  globalIgnores([".next/**", ".next-*/**", "data/**", "reports/**", "test-results/**", "playwright-report/**"]),
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
      "import/no-restricted-paths": ["error", { zones: TOP_ZONES }],
    },
  },
  {
    files: ["server/**"],
    ignores: TEST_FILES,
    rules: {
      "import/no-restricted-paths": [
        "error",
        { zones: [...TOP_ZONES, ...zonesFor("server", SERVER_ARROWS), NO_TESTING_HELPERS] },
      ],
    },
  },
  {
    files: ["lib/**"],
    ignores: TEST_FILES,
    rules: {
      "import/no-restricted-paths": [
        "error",
        { zones: [...TOP_ZONES, ...zonesFor("lib", LIB_ARROWS), NO_TESTING_HELPERS] },
      ],
      "no-restricted-imports": ["error", { patterns: [IO_AND_NEXT, REACT] }],
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "NewExpression[callee.name='Date'][arguments.length=0], CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "lib/ reads no clock: take the date or time as an argument.",
        },
      ],
    },
  },
  {
    files: ["lib/render/html/**"],
    ignores: TEST_FILES,
    rules: {
      "no-restricted-imports": ["error", { patterns: [IO_AND_NEXT] }],
      // A standalone HTML document (the CLI's --html), not a Next page.
      "@next/next/no-head-element": "off",
    },
  },
  {
    files: ["app/**", "components/**"],
    ignores: TEST_FILES,
    rules: { "import/no-restricted-paths": ["error", { zones: [...TOP_ZONES, NO_TESTING_HELPERS] }] },
  },
  prettier,
]);
