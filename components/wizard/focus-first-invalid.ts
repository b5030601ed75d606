const FOCUSABLE = "input:not([type=hidden]):not([disabled]), select, textarea, button:not([disabled])";

/** Moves focus to the first field marked invalid in `root` (for a group, its first control). */
export function focusFirstInvalid(root: HTMLElement | null): void {
  const invalid = root?.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (!invalid) return;
  const target = invalid.matches(FOCUSABLE) ? invalid : invalid.querySelector<HTMLElement>(FOCUSABLE);
  (target ?? invalid).focus();
  (target ?? invalid).scrollIntoView({ block: "center" });
}
