import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseBody } from "./parse-body";

const Schema = z.strictObject({ note: z.string().max(5), count: z.number().int() });
const request = (body: string) =>
  new Request("http://app.test/api/x", { method: "POST", body, headers: { "Content-Type": "application/json" } });

async function refusal(body: string, max = 1000) {
  const parsed = await parseBody(request(body), Schema, max);
  if (parsed.ok) throw new Error("expected a refusal");
  return {
    status: parsed.response.status,
    json: (await parsed.response.json()) as { issues?: { path: string }[]; error: string },
  };
}

describe("parseBody", () => {
  it("returns the parsed value", async () => {
    expect(await parseBody(request('{"note":"ok","count":2}'), Schema, 1000)).toEqual({
      ok: true,
      value: { note: "ok", count: 2 },
    });
  });

  it("answers 400 for malformed JSON and names each bad field", async () => {
    expect((await refusal("{nope")).status).toBe(400);
    const wrong = await refusal('{"note":"far too long","count":"2","extra":1}');
    expect(wrong.status).toBe(400);
    expect(wrong.json.issues?.map((i) => i.path).sort()).toEqual(["count", "extra", "note"]);
  });

  it("answers 413 past the size limit, whatever the content", async () => {
    expect((await refusal(JSON.stringify({ note: "x".repeat(2000) }), 1000)).status).toBe(413);
  });
});
