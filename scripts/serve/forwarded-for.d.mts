import type { IncomingMessage } from "node:http";
export declare const FORWARDING_HEADERS: string[];
export declare function forwardedFor(
  peer: string | undefined,
  incoming: string | string[] | undefined,
  trustsProxies: boolean,
): string | undefined;
export declare function normalizeForwarding(request: IncomingMessage, trustsProxies: boolean): void;
export declare function trustedProxiesFrom(value: string | undefined): string[];
