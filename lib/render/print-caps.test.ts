import { expect, it } from "vitest";
import { printCaps } from "./print-caps";

it.each([
  ["Motion to Certify under 28 U.S.C. § 1292(b)", "MOTION TO CERTIFY UNDER 28 U.S.C. § 1292(b)"],
  ["Motion under Rule 59(e) and Rule 60(b)(6)", "MOTION UNDER RULE 59(e) AND RULE 60(b)(6)"],
  ["Order Denying Plaintiff's Motion (ECF No. 173)", "ORDER DENYING PLAINTIFF'S MOTION (ECF NO. 173)"],
])("prints %j as %j", (input, expected) => expect(printCaps(input)).toBe(expected));
