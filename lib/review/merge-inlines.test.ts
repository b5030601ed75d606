import { describe, expect, it } from "vitest";
import type { Inline } from "@/lib/order-doc/types";
import { inlinePlainText } from "@/lib/render/block-plain-text";
import { mergeInlines } from "./merge-inlines";
import { revisionOf } from "./revision-tag";

const t = (text: string, italic = false): Inline =>
  italic ? { kind: "text", text, marks: ["italic"] } : { kind: "text", text };
const cite = (name: string, rest: string): Inline => ({
  kind: "cite",
  token: { authorityId: "x" },
  printed: [t(name, true), t(rest)],
});
const ref = (footnoteId: string): Inline => ({ kind: "footnoteRef", footnoteId });

/** The merged content as "[ins:…]" / "[del:…]" / plain text, italics as _…_, footnote references as ^id. */
function show(content: readonly Inline[]): string {
  return content
    .map((inline) => {
      const text =
        inline.kind === "footnoteRef"
          ? `^${inline.footnoteId}`
          : inline.kind === "text" && inline.marks?.includes("italic")
            ? `_${inline.text}_`
            : inlinePlainText([inline]);
      const revision = revisionOf(inline);
      return revision ? `[${revision}:${text}]` : text;
    })
    .join("");
}

describe("mergeInlines", () => {
  it("keeps a changed citation's italics on the deleted and inserted runs", () => {
    const before = [t("See "), cite("Coopers & Lybrand v. Livesay", ", 437 U.S. 463, 475 (1978)"), t(".")];
    const after = [t("See "), cite("Couch v. Telescope Inc.", ", 611 F.3d 629, 633 (9th Cir. 2010)"), t(".")];
    expect(show(mergeInlines(before, after))).toBe(
      "See [del:_Coopers & Lybrand v. Livesay_][del:, 437 U.S. 463, 475 (1978][ins:_Couch v. Telescope Inc._][ins:, 611 F.3d 629, 633 (9th Cir. 2010]).",
    );
  });

  it("splits runs at word edges and keeps marks on each piece", () => {
    const merged = mergeInlines(
      [t("The "), t("pro se", true), t(" Plaintiff moves.")],
      [t("The "), t("pro se", true), t(" Plaintiff now moves.")],
    );
    expect(show(merged)).toBe("The _pro se_ Plaintiff [ins:now ]moves.");
  });

  it("keeps the later revision's footnote references in kept text", () => {
    const merged = mergeInlines(
      [t("The motion is denied."), ref("stay")],
      [t("The motion is granted."), ref("stay"), t(" So ordered.")],
    );
    expect(show(merged)).toBe("The motion is [del:denied][ins:granted].^stay[ins: So ordered.]");
  });

  it("marks a deleted footnote reference, unless the later revision refers to that footnote", () => {
    const before = [t("Denied."), ref("old"), t(" Moot.")];
    const after = [t("Denied.")];
    expect(show(mergeInlines(before, after))).toBe("Denied.[del:^old][del: Moot.]");
    expect(show(mergeInlines(before, after, { keepDeletedRef: () => false }))).toBe("Denied.[del: Moot.]");
  });

  it("keeps an unresolved citation whole (with its placeholder) when it is unchanged", () => {
    const unresolved: Inline = { kind: "cite", token: { authorityId: "missing" } };
    const merged = mergeInlines(
      [t("As held in "), unresolved, t(", the rule applies.")],
      [t("As held in "), unresolved, t(", the rule governs.")],
    );
    expect(merged).toContain(unresolved);
    expect(show(merged)).toBe("As held in [citation], the rule [del:applies][ins:governs].");
  });

  it("marks everything when one side is empty", () => {
    expect(show(mergeInlines([], [t("New "), t("text", true), ref("n")]))).toBe("[ins:New ][ins:_text_][ins:^n]");
    expect(show(mergeInlines([t("Old")], []))).toBe("[del:Old]");
  });
});
