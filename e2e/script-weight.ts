import type { Page, Request } from "@playwright/test";

/**
 * The JavaScript a page transfers, compressed (response body bytes as received, before
 * decompression; headers not counted), split in two:
 * - first load: the scripts the server's HTML names (`<script src>`, and `<link rel="preload"
 *   as="script">` for the current step's chunk, which next/dynamic preloads), which the page
 *   needs to hydrate;
 * - all: every script fetched until the network is idle, chunks loaded after first paint included.
 * The budget (budgets.json) and `npm run bench` both measure with this, on a fresh context (no cache).
 */
export type ScriptWeight = {
  firstLoadBytes: number;
  firstLoadFiles: number;
  allBytes: number;
  allFiles: number;
  /** The HTML document itself, compressed: it carries the page's data and inline RSC payload. */
  documentBytes: number;
  /** Content-Encoding of the scripts, e.g. "gzip" (several joined when they differ). */
  encodings: string;
  /**
   * Scripts over 1 KB sent uncompressed: none when the server compresses. (Smaller ones are sent
   * as they are, below the compression middleware's threshold.)
   */
  uncompressed: string[];
};

type Fetched = { path: string; bodyBytes: number; encoding: string };

/**
 * The wizard's live preview has loaded its chunk (the drafting pipeline, fetched after first paint)
 * and taken over the server's HTML: on a slow machine hydration can outlast network idle's window,
 * and the measurement would miss that chunk.
 */
export const previewLive = (page: Page) =>
  page.locator('[data-preview="live"]').first().waitFor({ state: "attached", timeout: 30_000 });

export async function scriptWeight(
  page: Page,
  url: string,
  ready?: (page: Page) => Promise<void>,
): Promise<ScriptWeight> {
  const scripts: Promise<Fetched>[] = [];
  const onFinished = (request: Request) => {
    if (request.resourceType() !== "script") return;
    scripts.push(
      (async () => {
        const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
        const encoding = (await response?.headerValue("content-encoding")) ?? "identity";
        return { path: new URL(request.url()).pathname, bodyBytes: sizes.responseBodySize, encoding };
      })(),
    );
  };
  page.on("requestfinished", onFinished);
  const navigation = await page.goto(url, { waitUntil: "load" });
  if (!navigation?.ok()) throw new Error(`GET ${url}: ${navigation?.status()}`);
  const html = await navigation.text();
  const documentBytes = (await navigation.request().sizes()).responseBodySize;
  await ready?.(page);
  await page.waitForLoadState("networkidle");
  // Scripts finishing later are not counted, and must not ask for sizes once the page is closed.
  page.off("requestfinished", onFinished);
  const fetched = await Promise.all(scripts);
  const named = new Set(scriptsNamedIn(html).map((src) => new URL(src, navigation.url()).pathname));
  const firstLoad = fetched.filter((script) => named.has(script.path));
  const sum = (list: Fetched[]) => list.reduce((total, script) => total + script.bodyBytes, 0);
  return {
    firstLoadBytes: sum(firstLoad),
    firstLoadFiles: firstLoad.length,
    allBytes: sum(fetched),
    allFiles: fetched.length,
    documentBytes,
    encodings:
      [...new Set(fetched.filter((script) => script.encoding !== "identity").map((script) => script.encoding))].join(
        ", ",
      ) || "none",
    uncompressed: fetched
      .filter((script) => script.encoding === "identity" && script.bodyBytes > 1024)
      .map((script) => script.path),
  };
}

/** The script URLs an HTML document names: script tags, and links preloading scripts. */
function scriptsNamedIn(html: string): string[] {
  const attribute = (tag: string, name: string) =>
    new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]?.replace(/&amp;/g, "&");
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => attribute(m[0], "src"));
  const preloads = [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter(
      (tag) =>
        attribute(tag, "rel") === "modulepreload" ||
        (attribute(tag, "rel") === "preload" && attribute(tag, "as") === "script"),
    )
    .map((tag) => attribute(tag, "href"));
  return [...scripts, ...preloads].filter((src): src is string => src !== undefined);
}

/** Bytes as KB (1024), one decimal, for messages and the table. */
export const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
