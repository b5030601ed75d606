import type { ReactNode } from "react";

/** The label text with an optional "needed for the order" marker. */
export function LabelText({ children, isNeeded }: { children: ReactNode; isNeeded?: boolean | undefined }) {
  return (
    <span className="block font-medium text-ink">
      {children}
      {isNeeded ? <span className="ml-1 text-sm font-normal text-muted">(needed for the order)</span> : null}
    </span>
  );
}

export function Hint({ id, children }: { id: string; children?: ReactNode }) {
  return children ? (
    <p id={id} className="mt-1 text-sm text-muted">
      {children}
    </p>
  ) : null;
}

/** The error under a field: announced when it appears (role="alert"), tied to the field by aria-describedby. */
export function ErrorText({ id, message }: { id: string; message?: string | undefined }) {
  return message ? (
    <p id={id} role="alert" className="mt-1 flex gap-1 text-sm font-medium text-danger">
      <span aria-hidden="true">⚠</span>
      <span>{message}</span>
    </p>
  ) : null;
}

export const inputClass =
  "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-base text-ink shadow-sm " +
  "aria-[invalid=true]:border-danger aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-danger focus-visible:border-seal";
