/**
 * The browser: Debian's Chromium driven by Playwright against `next start` on loopback, signed in
 * as the judge. (a) The JavaScript the wizard's first page (/drafts/[id]/court) transfers,
 * compressed, on a fresh context each run: the first-load scripts the HTML names (the budget's
 * figure, budgets.json) and everything fetched by network idle. (b) Keystroke → updated preview,
 * per seed draft and for the 39-page stress order (see keystroke-latency.ts).
 */
import { chromium, type Browser } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";
import { kb, scriptWeight, previewLive, type ScriptWeight } from "@/e2e/script-weight";
import { startApp } from "../app-server";
import { benchSession, type BenchSession } from "../app-session";
import { summarize, type Row } from "../harness";
import { keystrokeLatencies } from "../keystroke-latency";
import { ROOT } from "../orders";
import type { Section } from "../section";

const TITLE = "Browser (Chromium, next start on loopback, 1440×900)";
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const BUDGETS = JSON.parse(readFileSync(path.join(ROOT, "budgets.json"), "utf8")) as {
  wizardFirstPageJsKb: number;
  wizardAllJsKb: number;
};

async function signedInPage(browser: Browser, session: BenchSession) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addCookies(
    session.cookie.split("; ").map((pair) => {
      const at = pair.indexOf("=");
      return { name: pair.slice(0, at), value: pair.slice(at + 1), url: session.origin };
    }),
  );
  return { context, page: await context.newPage() };
}

function weightRows(weights: ScriptWeight[]): Row[] {
  const last = weights[weights.length - 1]!;
  const inKb = (pick: (w: ScriptWeight) => number) => summarize(weights.map((w) => pick(w) / 1024));
  return [
    {
      section: TITLE,
      case: "Wizard first page: first-load JS, KB compressed (not ms)",
      stats: inKb((w) => w.firstLoadBytes),
      note: `${last.firstLoadFiles} scripts named in the HTML, ${last.encodings}; target ≤ 150 KB; budget ${BUDGETS.wizardFirstPageJsKb} KB`,
    },
    {
      section: TITLE,
      case: "Wizard first page: all JS by network idle, KB compressed (not ms)",
      stats: inKb((w) => w.allBytes),
      note: `${last.allFiles} scripts; budget ${BUDGETS.wizardAllJsKb} KB; the HTML document itself ${kb(last.documentBytes)} KB`,
    },
  ];
}

export const browserSection: Section = {
  id: "browser",
  title: TITLE,
  async run(ctx) {
    const app = await startApp();
    let browser: Browser | undefined;
    try {
      const session = await benchSession(app.origin, ctx.orders);
      browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--disable-gpu"] });
      const rows: Row[] = [];

      const weights: ScriptWeight[] = [];
      const { runs: weightRuns } = ctx.runs({ warmup: 0, runs: 5 });
      for (let i = 0; i < weightRuns; i++) {
        const { context, page } = await signedInPage(browser, session);
        weights.push(await scriptWeight(page, `${app.origin}/drafts/${session.drafts[0]!.id}/court`, previewLive));
        await context.close();
      }
      rows.push(...weightRows(weights));

      const { warmup, runs } = ctx.runs({ warmup: 3, runs: 20 });
      for (const draft of session.drafts) {
        const { context, page } = await signedInPage(browser, session);
        const samples = await keystrokeLatencies(page, app.origin, draft.id, warmup, runs);
        await context.close();
        rows.push({
          section: TITLE,
          case: `Keystroke → preview updated, ${draft.name}`,
          stats: summarize(samples),
          note: `judge's name on the court step; target ≤ 100 ms${draft.name.startsWith("stress") ? "; 39 pages" : ""}`,
        });
      }
      return rows;
    } finally {
      await browser?.close();
      await app.stop();
    }
  },
};
