import type { FieldPath, FieldValues, UseFormReturn } from "react-hook-form";

/**
 * Shows problems the server (or a check outside the form's schema) found, each at its field. Their
 * paths come from the same zod schemas the form is typed by, as strings over the wire: the one
 * place a string becomes a field path.
 */
export function showIssues<Values extends FieldValues>(
  form: Pick<UseFormReturn<Values>, "setError">,
  issues: readonly { path: string; message: string }[],
  type = "server",
): void {
  for (const issue of issues) form.setError(issue.path as FieldPath<Values>, { type, message: issue.message });
}
