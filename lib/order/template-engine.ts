import { Liquid, type Template } from "liquidjs";
import { formatLongDate, formatMonthDay } from "@/lib/dates/format-date";
import { clerkTextToMarkdown } from "./clerk-text";
import { escapeMarkdown } from "./escape-markdown";
import { asSentences } from "./view-model/clerk-sentence";
import { TEMPLATE_SOURCES } from "./template-sources.generated";

/**
 * The sandboxed template engine: LiquidJS over the bundled templates, strict about variables and
 * filters, own properties only. Every `{{ output }}` is Markdown-escaped unless its last filter is
 * one of the raw filters below, so a party name or a clerk's words can never become markup.
 */
function createEngine(): Liquid {
  const engine = new Liquid({
    templates: TEMPLATE_SOURCES,
    extname: ".liquid",
    strictVariables: true,
    strictFilters: true,
    ownPropertyOnly: true,
    cache: true,
    outputEscape: (value: unknown) => escapeMarkdown(String(value ?? "")),
  });
  /** Trusted Markdown built by lib/order (cites, docket refs, slot statements). */
  engine.registerFilter("md", { handler: (value: unknown) => String(value ?? ""), raw: true });
  /** Clerk-written text: escaped, light emphasis and [[doc …]] / [[cite …]] markers kept. */
  engine.registerFilter("clerk", { handler: (value: unknown) => clerkTextToMarkdown(String(value ?? "")), raw: true });
  /** Clerk prose opening a sentence, before `clerk`: capitalized and ended (see asSentences). */
  engine.registerFilter("sentences", (value: unknown) => asSentences(String(value ?? "")));
  engine.registerFilter("long_date", (value: unknown) => formatLongDate(String(value)));
  engine.registerFilter("month_day", (value: unknown) => formatMonthDay(String(value)));
  return engine;
}

let engine: Liquid | undefined;
/** Parsed templates by name. liquidjs's cache keeps them too, but renderFileSync resolves the template's path on every render; this skips that. */
const parsed = new Map<string, Template[]>();

/** Renders one template (path under templates/, e.g. "1292b/introduction.md") to Markdown. Throws on a missing variable: a programmer error. */
export function renderTemplate(name: string, scope: Record<string, unknown>): string {
  engine ??= createEngine();
  let templates = parsed.get(name);
  if (!templates) {
    templates = engine.parseFileSync(name);
    parsed.set(name, templates);
  }
  return engine.renderSync(templates, scope) as string;
}

/** Names of every bundled template, for the test that renders each against every fixture. */
export function templateNames(): string[] {
  return Object.keys(TEMPLATE_SOURCES).map((file) => file.replace(/\.liquid$/, ""));
}
