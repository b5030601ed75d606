import { describe, expect, it } from "vitest";
import pino from "pino";
import { jsonConsole } from "./json-console.mjs";

describe("the framework's console output", () => {
  it("becomes JSON lines: an error by its name, message and frames, never a query's parameters", () => {
    const lines: string[] = [];
    const logger = pino({ base: null, timestamp: false }, { write: (line: string) => void lines.push(line) });
    const target = {} as Console;
    jsonConsole(logger, target);
    target.error(
      " \u001b[31m⨯\u001b[39m",
      new Error("Failed query: insert into user\nparams: Sam Okafor,sam@x.example"),
    );
    target.warn("a notice", { port: 3000 });
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records[0]).toMatchObject({
      level: 50,
      msg: "⨯",
      err: { name: "Error", message: "Failed query: insert into user" },
    });
    expect(lines.join("")).not.toContain("Sam Okafor");
    expect(records[1]).toMatchObject({ level: 40, msg: 'a notice {"port":3000}' });
  });
});
