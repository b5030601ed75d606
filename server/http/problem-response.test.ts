import { describe, expect, it } from "vitest";
import { problemResponse } from "./problem-response";

describe("problemResponse", () => {
  it("answers an internal error with a generic message only: no exception message, no stack", async () => {
    const response = problemResponse("internal");
    expect(response.status).toBe(500);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({
      title: "Something went wrong.",
      status: 500,
      error: "Something went wrong.",
      code: "internal",
    });
  });

  it("names the problem for the client errors it answers", async () => {
    for (const [code, status] of [
      ["malformed-json", 400],
      ["too-large", 413],
      ["unauthorized", 401],
      ["cross-site", 403],
      ["not-found", 404],
    ] as const) {
      const response = problemResponse(code);
      expect(response.status).toBe(status);
      const body = (await response.json()) as Record<string, unknown>;
      expect(body).toMatchObject({ code, status });
      expect(Object.keys(body).sort()).toEqual(["code", "error", "status", "title"]);
    }
  });
});
