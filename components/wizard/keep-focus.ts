/** Puts focus (and the caret) back on the field that had it; undefined when nothing needs it. */
export type FocusMark = (() => void) | undefined;

/**
 * Before the form is drawn again from a merged draft: notes which field has focus (by its name,
 * the answer's path) and where its caret is, so that typing can go on where it was.
 */
export function keepFocusAcrossRedraw(): FocusMark {
  const active = document.activeElement;
  if (!(active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) || !active.name) return undefined;
  const { name } = active;
  const caret = active.selectionStart;
  return () => {
    const field = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${CSS.escape(name)}"]`);
    if (!field) return;
    field.focus();
    if (caret !== null && "setSelectionRange" in field) {
      try {
        field.setSelectionRange(caret, caret);
      } catch {
        // Inputs without a caret (date, number) refuse it.
      }
    }
  };
}
