import type { Locator } from "@playwright/test";

/**
 * What a clerk does in a scripted journey, counted: every answer given (typed, selected, checked)
 * and every click (buttons, links, radios and checkboxes), and how long it all took.
 */
export class Journey {
  fields = 0;
  clicks = 0;
  keystrokes = 0;
  private readonly started = Date.now();

  /** Types an answer into a text box (replacing what is there). */
  async type(field: Locator, value: string): Promise<void> {
    await field.fill(value);
    this.fields += 1;
    this.keystrokes += value.length;
  }

  /** Picks an option of a select by its value. */
  async select(field: Locator, value: string): Promise<void> {
    await field.selectOption(value);
    this.fields += 1;
  }

  /** Checks a radio button or a checkbox: one answer, one click. */
  async check(control: Locator): Promise<void> {
    await control.check();
    this.fields += 1;
    this.clicks += 1;
  }

  /** Clicks a button or a link. */
  async click(target: Locator): Promise<void> {
    await target.click();
    this.clicks += 1;
  }

  get seconds(): number {
    return (Date.now() - this.started) / 1000;
  }

  summary(label: string): string {
    return `${label}: ${this.fields} fields answered (${this.keystrokes} characters typed), ${this.clicks} clicks, ${this.seconds.toFixed(1)} s`;
  }
}
