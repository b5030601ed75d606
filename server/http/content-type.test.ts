import { describe, expect, it } from "vitest";
import { bodyTypeRefusal } from "./content-type";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
/** What any page can send across sites without a preflight, and a body with no type at all. */
const CROSS_SITE = [
  "text/plain",
  "text/plain; charset=utf-8",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  null,
];

describe("bodyTypeRefusal", () => {
  it("a JSON route takes JSON only", () => {
    expect(bodyTypeRefusal("application/json; charset=utf-8", "json")).toBeUndefined();
    expect(bodyTypeRefusal("application/problem+json", "json")).toBeUndefined();
    for (const type of [...CROSS_SITE, DOCX, "application/pdf"])
      expect(bodyTypeRefusal(type, "json"), String(type)).toBe("unsupported-media-type");
  });

  it("a file route takes a Word, PDF or unnamed binary file, which its handler then checks", () => {
    for (const type of [DOCX, "application/pdf", "application/octet-stream"])
      expect(bodyTypeRefusal(type, "file"), type).toBeUndefined();
  });

  it("a file route still refuses what a page on another site could send without asking", () => {
    for (const type of CROSS_SITE) expect(bodyTypeRefusal(type, "file"), String(type)).toBe("unsupported-type");
  });
});
