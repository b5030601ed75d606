import { describe, expect, it } from "vitest";
import { isOpenAuthPath } from "./auth-paths";

describe("the auth endpoints the app serves", () => {
  it("signs in, signs out and reads the session; nothing else (no self-rename, no email change)", () => {
    for (const path of ["/api/auth/sign-in/email", "/api/auth/sign-out", "/api/auth/get-session"])
      expect(isOpenAuthPath(path), path).toBe(true);
    for (const path of [
      "/api/auth/update-user",
      "/api/auth/change-email",
      "/api/auth/delete-user",
      "/api/auth/sign-up/email",
      "/api/auth/list-sessions",
      "/api/auth/revoke-sessions",
      "/api/auth/request-password-reset",
      "/api/auth/sign-in/email/../../update-user",
      "/api/authx/sign-out",
    ])
      expect(isOpenAuthPath(path), path).toBe(false);
  });
});
