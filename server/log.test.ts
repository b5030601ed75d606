import { describe, expect, it, vi } from "vitest";
import type { DestinationStream } from "pino";
import { createLogger, errorFields, logError } from "./log";

vi.mock("server-only", () => ({}));

const DRAFT_TEXT = "Plaintiff Linlor's confidential reasons for interlocutory appeal";

/** A logger at "info" whose lines are kept in memory. */
function capture() {
  const lines: string[] = [];
  const stream: DestinationStream = { write: (line: string) => void lines.push(line) };
  const logger = createLogger(stream, { LOG_LEVEL: "info" });
  return { logger, lines, records: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe("the logger", () => {
  it("writes one JSON object a line with an ISO time and a level name", () => {
    const { logger, records } = capture();
    logger.info({ route: "POST /api/render", bytes: 1234, ms: 12 }, "rendered");
    const [record] = records();
    expect(record).toMatchObject({
      level: "info",
      route: "POST /api/render",
      bytes: 1234,
      ms: 12,
      msg: "rendered",
      service: "chambers-drafts",
    });
    expect(record!.time).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it("never prints draft text an error carries, only its name, message and stack frames", () => {
    const { logger, lines, records } = capture();
    const error = Object.assign(new Error("Unknown authority id: foo"), {
      draft: { case: { caption: DRAFT_TEXT } },
      data: DRAFT_TEXT,
      body: DRAFT_TEXT,
      cause: Object.assign(new TypeError("inner"), { request: { body: DRAFT_TEXT } }),
    });
    logError(error, { route: "POST /api/render", method: "POST", draftId: "d-1" }, logger);
    const text = lines.join("");
    expect(text).not.toContain("Linlor");
    const [record] = records();
    expect(record).toMatchObject({
      level: "error",
      route: "POST /api/render",
      draftId: "d-1",
      err: { name: "Error", message: "Unknown authority id: foo", cause: { name: "TypeError", message: "inner" } },
    });
    expect((record!.err as { stack: string[] }).stack[0]).toMatch(/^at /);
  });

  it("redacts draft text, bodies and secrets put in the log context itself", () => {
    const { logger, lines } = capture();
    logger.warn({
      draft: { title: DRAFT_TEXT },
      payload: { data: DRAFT_TEXT, draft: DRAFT_TEXT },
      req: { headers: { cookie: "session=abc", authorization: "Bearer xyz" }, body: DRAFT_TEXT },
      user: { password: "hunter2-hunter2" },
      deep: { a: { b: { text: DRAFT_TEXT } } },
    });
    const text = lines.join("");
    for (const secret of ["Linlor", "session=abc", "Bearer xyz", "hunter2"]) expect(text).not.toContain(secret);
    expect(text).toContain("[redacted]");
  });

  it("logs a thrown non-Error by its type only (it could be anything, a draft included)", () => {
    const { logger, lines } = capture();
    logError(DRAFT_TEXT, { route: "x" }, logger);
    logError({ draft: DRAFT_TEXT }, { route: "y" }, logger);
    expect(lines.join("")).not.toContain("Linlor");
    expect(errorFields(DRAFT_TEXT)).toEqual({ name: "NonError", type: "string" });
  });

  it("caps long messages", () => {
    const fields = errorFields(new Error("x".repeat(5000)));
    expect((fields.message as string).length).toBeLessThanOrEqual(301);
  });

  it("is silent under vitest unless LOG_LEVEL says otherwise", () => {
    expect(createLogger(undefined, { VITEST: "true" }).level).toBe("silent");
    expect(createLogger(undefined, {}).level).toBe("info");
    expect(createLogger(undefined, { VITEST: "true", LOG_LEVEL: "debug" }).level).toBe("debug");
  });

  it("never logs a failed query's parameters (names, emails, note text) nor a database error's detail", async () => {
    const { DrizzleQueryError } = await import("drizzle-orm/errors");
    const cause = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), {
      code: "22021",
      detail: "Key (email)=(sam@chambers.example) already exists.",
      where: "unnamed portal parameter $2 = 'Sam Okafor'",
    });
    const error = new DrizzleQueryError(
      'insert into "comments" ("body", "author_id") values ($1, $2)',
      [DRAFT_TEXT, "Sam Okafor", "sam@chambers.example"],
      cause,
    );
    const { logger, lines, records } = capture();
    logError(error, { route: "POST /api/drafts/[draftId]/comments", method: "POST" }, logger);
    const text = lines.join("");
    for (const secret of [DRAFT_TEXT, "Sam Okafor", "sam@chambers.example"]) expect(text).not.toContain(secret);
    expect(records()[0]).toMatchObject({
      err: { message: expect.stringContaining('insert into "comments"'), cause: { code: "22021" } },
    });
  });
});
