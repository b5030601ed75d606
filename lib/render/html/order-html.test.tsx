import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PLAIN_STYLE, PLEADING_STYLE, sampleOrder } from "../testing/order-fixtures";
import { OrderHtml } from "./order-html";
import { renderHtmlDocument } from "./render-html-document";

const doc = sampleOrder();
const markup = (style = PLAIN_STYLE, order = doc) => renderToStaticMarkup(<OrderHtml doc={order} style={style} />);

describe("OrderHtml", () => {
  it("uses semantic elements: one h1 title, h2/h3/h4 headings, p, blockquote, ol", () => {
    const html = markup();
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html).toMatch(/<h1[^>]*>.*ORDER DENYING PLAINTIFF&#x27;S EX PARTE MOTION/);
    expect(html.match(/<h2[ >]/g)).toHaveLength(3);
    expect(html.match(/<h3[ >]/g)).toHaveLength(2);
    expect(html.match(/<h4[ >]/g)).toHaveLength(1);
    expect(html).toMatch(/<blockquote[^>]*><p[^>]*>\[S\]uch order involves/);
    expect(html).toMatch(/<ol class="order-list"/);
    expect(html).toMatch(/<em>pro se<\/em>/);
    expect(html).toMatch(/<strong>DENIES<\/strong>/);
  });

  it("numbers headings as the DOCX does", () => {
    const html = markup();
    expect(html).toMatch(/<h2[^>]*><span class="order-heading-label"[^>]*>I\.<\/span> Background<\/h2>/);
    expect(html).toMatch(/<h3[^>]*><span class="order-heading-label"[^>]*>A\.<\/span> Legal Standard<\/h3>/);
    expect(markup(PLEADING_STYLE)).toMatch(/<h2[^>]*text-align:center[^>]*>BACKGROUND<\/h2>/);
  });

  it("links footnote references to footnotes at the end, numbered by first reference", () => {
    const html = markup();
    expect(html).toContain(
      '<sup class="order-footnote-ref"><a href="#fn-1" id="fnref-1" aria-label="Footnote 1">1</a></sup>',
    );
    const notes = html.slice(html.indexOf('<section class="order-footnotes"'));
    expect(notes.indexOf('id="fn-1"')).toBeLessThan(notes.indexOf('id="fn-2"'));
    expect(notes).toMatch(/id="fn-1"[^>]*>.*DENIES AS MOOT/);
    expect(html.indexOf("order-signature")).toBeLessThan(html.indexOf("order-footnotes"));
  });

  it("marks an unresolved cite as a placeholder and tags resolved cites", () => {
    const html = markup();
    expect(html).toContain('<mark class="order-placeholder order-cite">[citation]</mark>');
    expect(html).toMatch(/<span class="order-cite" data-form="full"><em>Coopers &amp; Lybrand v\. Livesay<\/em>/);
  });

  it("escapes every piece of text (a party name carrying a script tag)", () => {
    const hostile = sampleOrder({
      caption: { ...doc.caption, plaintiffs: { names: ["<script>alert(1)</script>"], label: "Plaintiff" } },
      title: 'Order <img src=x onerror="alert(2)">',
      body: [
        {
          kind: "paragraph",
          content: [{ kind: "text", text: "</p><script>alert(3)</script>" }],
          section: "discussion",
        },
      ],
    });
    for (const html of [markup(PLAIN_STYLE, hostile), renderHtmlDocument(hostile, PLAIN_STYLE)]) {
      expect(html).not.toContain("<script>");
      expect(html).not.toContain("<img");
      expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;,");
      expect(html).toContain("&lt;/p&gt;&lt;script&gt;alert(3)&lt;/script&gt;");
    }
  });

  it("prefixes anchor ids when asked, so two previews can share a page", () => {
    const html = renderToStaticMarkup(<OrderHtml doc={doc} style={PLAIN_STYLE} idPrefix="a-" />);
    expect(html).toContain('href="#a-fn-1"');
    expect(html).toContain('id="a-fn-1"');
  });

  it("looks like pleading paper on pleading styles (24 pt lines, a rule on the left)", () => {
    const html = markup(PLEADING_STYLE);
    expect(html).toContain("order-paper-pleading-28");
    expect(html).toContain("line-height:24pt");
    expect(html).toContain("border-left:3px double #000");
  });
});

describe("renderHtmlDocument", () => {
  it("is a complete standalone document with the title and an embedded style sheet", () => {
    const html = renderHtmlDocument(doc, PLEADING_STYLE);
    expect(html.startsWith('<!DOCTYPE html><html lang="en">')).toBe(true);
    expect(html).toContain('<meta charSet="utf-8"/>');
    expect(html).toContain("<title>Order Denying Plaintiff&#x27;s Ex Parte Motion");
    expect(html).toMatch(/<style>[^<]*\.order-doc\{/);
    expect(html).toContain('<article class="order-doc order-paper-pleading-28"');
    expect(html.endsWith("</body></html>")).toBe(true);
  });
});
