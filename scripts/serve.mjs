// @ts-check
// The production server (`npm start`, the e2e journeys, the benchmark): Next.js's request handler
// behind Node's own HTTP server, so that the client's address comes from the connection rather
// than from a header any client can send (see serve/forwarded-for.mjs). PORT (3000) and HOST (all
// interfaces) say where it listens; TRUSTED_PROXIES names the proxies whose X-Forwarded-For counts.
import { createServer } from "node:http";
import next from "next";
import pino from "pino";
import { normalizeForwarding, trustedProxiesFrom } from "./serve/forwarded-for.mjs";
import { jsonConsole } from "./serve/json-console.mjs";

const log = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { service: "chambers-drafts" },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
});
// Next.js writes its notices and a failed request's error to the console: JSON lines too.
jsonConsole(log);
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST || undefined;
const trustsProxies = trustedProxiesFrom(process.env.TRUSTED_PROXIES).length > 0;

const app = next({ dev: false, hostname: host ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  normalizeForwarding(request, trustsProxies);
  handle(request, response).catch((error) => {
    log.error({ err: { name: error?.name, message: String(error?.message).slice(0, 300) } }, "request failed");
    if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain" });
    response.end("Something went wrong.");
  });
});
server.listen(port, host, () => log.info({ port, host: host ?? "*", trustsProxies }, "listening"));

/** The app's database, if a request opened it (server/db/client.ts keeps it on globalThis). */
const openDatabase = () =>
  /** @type {{ __chambersDb?: Promise<{ close(): Promise<void> }> }} */ (globalThis).__chambersDb;

for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.once(signal, async () => {
    server.close();
    // Close the embedded database cleanly (it flushes, and releases its folder lock), within 5 s.
    const timeout = new Promise((resolve) => setTimeout(resolve, 5000).unref());
    await Promise.race([
      openDatabase()
        ?.then((db) => db.close())
        .catch(() => undefined),
      timeout,
    ]);
    log.info({ signal }, "stopped");
    process.exit(0);
  });
}
