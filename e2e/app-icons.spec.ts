import { expect, test } from "@playwright/test";
import { z } from "zod";

const ManifestSchema = z.object({
  start_url: z.string(),
  icons: z.array(z.object({ src: z.string(), type: z.string() })),
});

/** The page links the favicon, the app icons and the web manifest, and each is served as what it says it is. */
test("pages link the favicon, icons and web manifest, and each is served", async ({ page, request }) => {
  await page.goto("/drafts");
  const links = page.locator('head link[rel="icon"], head link[rel="apple-touch-icon"], head link[rel="manifest"]');
  const hrefs = await links.evaluateAll((elements) => elements.map((e) => (e as HTMLLinkElement).getAttribute("href")));
  expect(hrefs).toEqual(
    expect.arrayContaining(["/favicon.ico", "/icon.svg", "/apple-touch-icon.png", "/manifest.webmanifest"]),
  );
  await expect(page.locator('head meta[name="theme-color"]')).toHaveAttribute("content", "#1f3a5f");

  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  const { icons, start_url: startUrl } = ManifestSchema.parse(await manifest.json());
  expect(startUrl).toBe("/drafts");
  for (const { src, type } of [
    ...icons,
    { src: "/favicon.ico", type: "image/" },
    { src: "/apple-touch-icon.png", type: "image/png" },
  ]) {
    const icon = await request.get(src);
    expect(icon.status(), src).toBe(200);
    expect(icon.headers()["content-type"], src).toContain(type);
  }
});
