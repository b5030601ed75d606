import { describe, expect, it } from "vitest";
import type { IncomingMessage } from "node:http";
import { getIP } from "better-auth/api";
import { forwardedFor, normalizeForwarding, trustedProxiesFrom } from "./forwarded-for.mjs";

/** The address better-auth keys its per-address limit on, given what the server hands the app (as create-auth configures it). */
const clientOf = (header: string | undefined, trustedProxies: string[]) =>
  getIP(new Headers(header === undefined ? {} : { "x-forwarded-for": header }), {
    advanced: { ipAddress: { ipAddressHeaders: ["x-forwarded-for"], trustedProxies } },
  });

describe("the client address behind the sign-in limits", () => {
  it("without trusted proxies (the default), a forged X-Forwarded-For is replaced by the connection's peer", () => {
    expect(clientOf(forwardedFor("203.0.113.9", "1.2.3.4", false), [])).toBe("203.0.113.9");
    expect(clientOf(forwardedFor("203.0.113.9", ["1.2.3.4", "5.6.7.8"], false), [])).toBe("203.0.113.9");
    expect(clientOf(forwardedFor("::ffff:127.0.0.1", undefined, false), [])).toBe("127.0.0.1");
  });

  it("behind a trusted proxy, the client the proxy saw; a client reaching the app directly is still its own peer", () => {
    const proxies = trustedProxiesFrom(" 10.0.0.5 , 10.1.0.0/16 ");
    expect(proxies).toEqual(["10.0.0.5", "10.1.0.0/16"]);
    // Through the proxy, which appended the address it saw to what the client sent.
    expect(clientOf(forwardedFor("10.0.0.5", "1.2.3.4, 198.51.100.7", true), proxies)).toBe("198.51.100.7");
    expect(clientOf(forwardedFor("10.1.2.3", "10.0.0.5, 198.51.100.7", true), proxies)).toBe("198.51.100.7");
    // Straight to the app with a forged header: the forged hops sit left of the real peer.
    expect(clientOf(forwardedFor("198.51.100.66", "10.0.0.5", true), proxies)).toBe("198.51.100.66");
  });

  it("drops every forwarding header a client sent when no proxy is trusted", () => {
    const request = {
      headers: {
        "x-forwarded-for": "1.2.3.4",
        "x-forwarded-host": "evil.example",
        "x-real-ip": "5.6.7.8",
        host: "app",
      },
      socket: { remoteAddress: "192.0.2.1" },
    } as unknown as IncomingMessage;
    normalizeForwarding(request, false);
    expect(request.headers).toEqual({ "x-forwarded-for": "192.0.2.1", host: "app" });
  });
});
