/**
 * The better-auth endpoints the app uses; every other one answers 404. better-auth also serves
 * /update-user (a clerk renamed themselves "Judge …"), /change-email, /delete-user, session
 * listing and more: names are set by the judge or the administrator (the chambers page), and an
 * endpoint nobody uses is one nobody has to defend.
 */
export const AUTH_PATHS: ReadonlySet<string> = new Set(["/sign-in/email", "/sign-out", "/get-session"]);

/** Whether a request to `pathname` (under /api/auth) reaches better-auth. */
export function isOpenAuthPath(pathname: string): boolean {
  const prefix = "/api/auth";
  return pathname.startsWith(`${prefix}/`) && AUTH_PATHS.has(pathname.slice(prefix.length).replace(/\/+$/, ""));
}
