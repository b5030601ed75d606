import type { WarningCheck } from "./warning-check";

/** A stay pending a § 1292(b) appeal that the court itself declines to certify: nothing is pending to wait for. */
export const stayGrantedCertificationDenied: WarningCheck = (_draft, { certification, stay }) =>
  stay.disposition === "granted" && certification.disposition === "denied"
    ? { code: "stay-granted-certification-denied", step: "stay" }
    : undefined;
