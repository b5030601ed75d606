/**
 * Time from a keystroke to the preview showing it, measured inside the page: from the keydown
 * event's timestamp to the MutationObserver callback that first sees the typed text in the
 * preview region (the DOM updated; the paint follows in the next frame). Keys are typed one at a
 * time into the judge's name on the court step, which the order's signature block prints.
 */
import { expect, type Page } from "@playwright/test";

export const PREVIEW_REGION = '[role="region"][aria-label="Preview of the order"]';
const BASE_NAME = "Ana Reyes";
/** A pause between keys, about a typist's pace, so each figure is one keystroke's own. */
const PAUSE_MS = 150;

/**
 * Arms the observer: `window.__previewLatency` resolves with the latency once the region's text
 * includes `expected`. Plain JavaScript in a string: tsx would wrap named functions in a helper
 * (`__name`) that does not exist in the page.
 */
const ARM = `({ selector, expected }) => {
  const region = document.querySelector(selector);
  if (!region) throw new Error("No preview region");
  window.__previewLatency = new Promise((resolve, reject) => {
    let start;
    const onKey = (event) => {
      start = event.timeStamp;
      document.removeEventListener("keydown", onKey, true);
    };
    document.addEventListener("keydown", onKey, true);
    const observer = new MutationObserver(() => {
      if (start === undefined || !region.textContent.toLowerCase().includes(expected)) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(performance.now() - start);
    });
    observer.observe(region, { subtree: true, childList: true, characterData: true });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error("The preview did not show " + JSON.stringify(expected) + " within 10 s"));
    }, 10000);
  });
}`;

async function arm(page: Page, expected: string): Promise<void> {
  await page.evaluate(`(${ARM})(${JSON.stringify({ selector: PREVIEW_REGION, expected: expected.toLowerCase() })})`);
}

/**
 * Opens the court step of `draftId`, sets the judge's name, then types `warmup + runs` letters
 * after it; returns the timed latencies in milliseconds.
 */
export async function keystrokeLatencies(
  page: Page,
  origin: string,
  draftId: string,
  warmup: number,
  runs: number,
): Promise<number[]> {
  await page.goto(`${origin}/drafts/${draftId}/court`);
  const field = page.getByLabel("Judge's name, as signed");
  await field.fill(BASE_NAME);
  await expect(page.locator(PREVIEW_REGION)).toContainText(BASE_NAME, { ignoreCase: true, timeout: 30_000 });
  await field.press("End");
  const letters = "abcdefghijklmnopqrstuvwxyz";
  const samples: number[] = [];
  let typed = "";
  for (let i = 0; i < warmup + runs; i++) {
    const key = letters[i % letters.length]!;
    typed += key;
    await arm(page, BASE_NAME + typed);
    await page.keyboard.press(key);
    const ms = (await page.evaluate("window.__previewLatency")) as number;
    if (i >= warmup) samples.push(ms);
    await page.waitForTimeout(PAUSE_MS);
  }
  return samples;
}
