import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";

const post = (origin?: string) =>
  new Request("http://127.0.0.1:3000/api/drafts", {
    method: "POST",
    headers: { Host: "127.0.0.1:3000", ...(origin === undefined ? {} : { Origin: origin }) },
  });

describe("isSameOrigin", () => {
  it("accepts a write from the app's own origin or a trusted one", () => {
    expect(isSameOrigin(post("http://127.0.0.1:3000"))).toBe(true);
    expect(isSameOrigin(post("http://localhost:3000"), ["http://localhost:3000"])).toBe(true);
  });

  it("refuses a write with no origin, an opaque one, or another site's", () => {
    expect(isSameOrigin(post())).toBe(false);
    expect(isSameOrigin(post("null"))).toBe(false);
    expect(isSameOrigin(post("https://evil.example"))).toBe(false);
    expect(isSameOrigin(post("http://127.0.0.1:3001"))).toBe(false);
    expect(isSameOrigin(post("not a url"))).toBe(false);
  });
});
