/** The failure of a small action button (restore, duplicate, revoke), announced beside it. */
export function ActionError({ message }: { message: string | undefined }) {
  return message ? (
    <span role="alert" className="text-xs text-danger">
      {message}
    </span>
  ) : null;
}
