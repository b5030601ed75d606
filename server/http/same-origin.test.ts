import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";

const APP = ["http://127.0.0.1:3000", "http://localhost:3000"];
const post = (origin?: string, host = "127.0.0.1:3000") =>
  new Request("http://127.0.0.1:3000/api/drafts", {
    method: "POST",
    headers: { Host: host, ...(origin === undefined ? {} : { Origin: origin }) },
  });

describe("isSameOrigin", () => {
  it("accepts a write from one of the app's configured origins", () => {
    expect(isSameOrigin(post("http://127.0.0.1:3000"), APP)).toBe(true);
    expect(isSameOrigin(post("http://localhost:3000"), APP)).toBe(true);
  });

  it("refuses a write with no origin, an opaque one, or another site's", () => {
    expect(isSameOrigin(post(), APP)).toBe(false);
    expect(isSameOrigin(post("null"), APP)).toBe(false);
    expect(isSameOrigin(post("https://evil.example"), APP)).toBe(false);
    expect(isSameOrigin(post("http://127.0.0.1:3001"), APP)).toBe(false);
    expect(isSameOrigin(post("not a url"), APP)).toBe(false);
  });

  it("compares the whole origin with the configured list: scheme, user-info and Host do not pass", () => {
    expect(isSameOrigin(post("https://127.0.0.1:3000"), APP)).toBe(false);
    expect(isSameOrigin(post("http://user:pw@127.0.0.1:3000"), APP)).toBe(false);
    // A forged Host naming the attacker's origin is no help: the list is the app's configuration.
    expect(isSameOrigin(post("https://evil.example", "evil.example"), APP)).toBe(false);
    expect(isSameOrigin(post("http://127.0.0.1:3000"), [])).toBe(false);
  });
});
