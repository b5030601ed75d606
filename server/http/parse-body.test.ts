import { describe, expect, it } from "vitest";
import { z } from "zod";
import { emptyDraft } from "@/lib/motion/empty-draft";
import { SaveDraftBodySchema } from "@/lib/api/bodies";
import { MAX_DRAFT_BODY_BYTES } from "./limits";
import { MAX_ISSUES } from "./problem-response";
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

  it("names a field a nested plain object would drop, where the route asks it to", async () => {
    const Nested = z.strictObject({ style: z.object({ titleForm: z.string().optional() }) });
    const misspelt = '{"style":{"titelForm":"ruling-and-order"}}';
    expect(await parseBody(request(misspelt), Nested, 1000)).toEqual({ ok: true, value: { style: {} } });
    const named = await parseBody(request(misspelt), Nested, 1000, { namesUnknownFields: true });
    if (named.ok) throw new Error("expected a refusal");
    expect(named.response.status).toBe(400);
    const json = (await named.response.json()) as { issues?: { path: string; message: string }[] };
    expect(json.issues).toEqual([{ path: "style.titelForm", message: "Unknown field" }]);
  });

  it("answers 413 past the size limit, whatever the content", async () => {
    expect((await refusal(JSON.stringify({ note: "x".repeat(2000) }), 1000)).status).toBe(413);
  });

  it("a body of a thousand bad fields answers the first few, and says how many there were", async () => {
    const keys = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`extra${i}`, i]));
    const wrong = await refusal(JSON.stringify({ note: "ok", count: 1, ...keys }), 1_000_000);
    expect(wrong.status).toBe(400);
    expect(wrong.json.issues).toHaveLength(MAX_ISSUES);
    expect(wrong.json).toMatchObject({ issueCount: 2000 });
  });

  it("a 1 MiB save of slot-choice keys is one issue, not a 50 MB answer", async () => {
    const data = emptyDraft() as unknown as { analysis: Record<string, unknown> };
    const slotChoices: Record<string, unknown> = {};
    data.analysis = { slotChoices };
    // Each key adds at most 40 bytes: stop while the body is still under the limit.
    for (let k = 0; JSON.stringify({ baseRevision: 1, data }).length < MAX_DRAFT_BODY_BYTES - 40_000; k += 1000)
      for (let i = k; i < k + 1000; i++) slotChoices[`k${i}`] = [{ authorityId: 1 }, 2];
    const body = JSON.stringify({ baseRevision: 1, data });
    expect(body.length).toBeGreaterThan(MAX_DRAFT_BODY_BYTES * 0.9);
    expect(body.length).toBeLessThanOrEqual(MAX_DRAFT_BODY_BYTES);
    const parsed = await parseBody(request(body), SaveDraftBodySchema, MAX_DRAFT_BODY_BYTES);
    if (parsed.ok) throw new Error("expected a refusal");
    const text = await parsed.response.text();
    expect(text.length).toBeLessThan(10_000);
    expect(JSON.parse(text).issues).toEqual([
      { path: "data.analysis.slotChoices", message: expect.stringMatching(/at most \d+/) },
    ]);
  });

  it("answers 415 to a body that is not JSON, whatever it holds", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""]) {
      const sent = new Request("http://app.test/api/x", {
        method: "POST",
        body: '{"note":"ok","count":2}',
        headers: type ? { "Content-Type": type } : {},
      });
      const parsed = await parseBody(sent, Schema, 1000);
      expect(parsed.ok ? 200 : parsed.response.status, type).toBe(415);
    }
    const json = new Request("http://app.test/api/x", {
      method: "POST",
      body: '{"note":"ok","count":2}',
      headers: { "Content-Type": "application/json; charset=utf-8" },
    });
    expect((await parseBody(json, Schema, 1000)).ok).toBe(true);
  });

  it("strips what no database or document can hold: NUL and other controls, lone surrogates, bidi controls left open", async () => {
    const Text = z.strictObject({ body: z.string(), name: z.string(), password: z.string() });
    const sent = JSON.stringify({
      body: "A\u0000 note\u0007 with \ud800 a lone half",
      name: "Sam\u202e Okafor",
      password: "pass\u0000word kept as typed",
    });
    const parsed = await parseBody(request(sent), Text, 1000);
    expect(parsed).toEqual({
      ok: true,
      value: { body: "A note with \ufffd a lone half", name: "Sam Okafor", password: "pass\u0000word kept as typed" },
    });
  });
});
