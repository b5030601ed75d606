/**
 * The server under load: autocannon against `next start` on loopback, signed in as the judge,
 * 50 connections, each cycling through the three seed drafts. Two routes: the Word download
 * (GET /api/drafts/[id]/docx: evaluate, templates, citations and DOCX per request) and the
 * server-rendered preview (GET /drafts/[id]/review: the order's HTML in the review page); and,
 * as the floor under both, the drafts list (a session and one query). Each
 * run is a fixed duration after one untimed warm-up run; the rows give the medians over runs of
 * each run's p50 and p99 latency, and the notes its requests per second and errors. autocannon
 * runs in this process, so it shares the machine's cores with the server, as any loopback client.
 * On the embedded PGlite (the default); also on PostgreSQL when BENCH_DATABASE_URL is set (a fresh
 * database per run, see fresh-database.ts), which shows how much of a request the database is.
 */
import autocannon from "autocannon";
import { benchDatabases, DATABASE_NAMES, startApp, type BenchDatabase } from "../app-server";
import { benchSession, type BenchSession } from "../app-session";
import { summarize, type Row, type Stats } from "../harness";
import type { BenchContext, Section } from "../section";
import { formatMs } from "../table";

const CONNECTIONS = 50;
const SEEDS = ["seed 000", "seed 001", "seed 002"];
const TITLE = `Server under load (next start, loopback, ${CONNECTIONS} connections, seeds 000–002 in turn)`;

type Target = { name: string; path: (id: string) => string; target?: string };

const TARGETS: Target[] = [
  { name: "DOCX download", path: (id) => `/api/drafts/${id}/docx`, target: "target p99 ≤ 100 ms" },
  { name: "Review page (server-rendered preview)", path: (id) => `/drafts/${id}/review` },
  // What any signed-in request costs (session, one query, JSON): the floor under the two above.
  { name: "Floor: drafts list (GET /api/drafts)", path: () => "/api/drafts" },
];

type Run = { rps: number; p50: number; p99: number; requests: number; errors: number; non2xx: number };

async function cannon(session: BenchSession, target: Target, seconds: number): Promise<Run> {
  const result = await autocannon({
    url: session.origin,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { Cookie: session.cookie, "Accept-Encoding": "gzip" },
    requests: session.drafts.map((draft) => ({ method: "GET", path: target.path(draft.id) })),
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

/** Whether `--quick` is on: it caps run counts, and here also shortens each run. */
const isQuick = (ctx: BenchContext) => ctx.runs({ warmup: 1, runs: 100 }).runs < 100;

function rows(target: Target, database: BenchDatabase, runs: Run[], seconds: number): Row[] {
  const stat = (pick: (run: Run) => number): Stats => summarize(runs.map(pick));
  const rps = stat((run) => run.rps);
  const requests = runs.reduce((sum, run) => sum + run.requests, 0);
  const errors = runs.reduce((sum, run) => sum + run.errors, 0);
  const non2xx = runs.reduce((sum, run) => sum + run.non2xx, 0);
  const throughput = `${rps.median.toFixed(0)} req/s (min ${rps.min.toFixed(0)}, max ${rps.max.toFixed(0)})`;
  const failures = `${errors} errors, ${non2xx} non-2xx of ${requests} requests`;
  const name = `${target.name}, ${DATABASE_NAMES[database]}`;
  return [
    {
      section: TITLE,
      case: `${name}: p50 latency`,
      stats: stat((run) => run.p50),
      perSecond: rps.median,
      note: `${throughput}; ${runs.length} × ${seconds} s`,
    },
    {
      section: TITLE,
      case: `${name}: p99 latency`,
      stats: stat((run) => run.p99),
      note: [failures, target.target].filter(Boolean).join("; "),
    },
  ];
}

export const serverLoad: Section = {
  id: "server-load",
  title: TITLE,
  async run(ctx) {
    const quick = isQuick(ctx);
    const seconds = quick ? 3 : 10;
    const { runs } = ctx.runs({ warmup: 1, runs: 5 });
    const out: Row[] = [];
    for (const database of benchDatabases()) {
      const app = await startApp(database);
      try {
        const session = await benchSession(
          app.origin,
          ctx.orders.filter((order) => SEEDS.includes(order.name)),
        );
        for (const target of TARGETS) {
          // Untimed: the route's code loaded and JIT-compiled, the database's pages cached.
          await cannon(session, target, quick ? 2 : 5);
          const timed: Run[] = [];
          for (let i = 0; i < runs; i++) {
            const run = await cannon(session, target, seconds);
            console.error(
              `  ${target.name}, ${DATABASE_NAMES[database]}, run ${i + 1}: ${run.rps.toFixed(0)} req/s, p50 ${formatMs(run.p50)} ms, p99 ${formatMs(run.p99)} ms`,
            );
            timed.push(run);
          }
          out.push(...rows(target, database, timed, seconds));
        }
      } finally {
        await app.stop();
      }
    }
    return out;
  },
};
