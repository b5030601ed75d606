import { describe, expect, it } from "vitest";
import { typesetText } from "./typeset";

describe("typesetText", () => {
  it.each([
    [`the Court's "controlling question of law"`, "the Court’s “controlling question of law”"],
    [`Plaintiffs' motion ('the Motion')`, "Plaintiffs’ motion (‘the Motion’)"],
    [`Swint v. Chambers Cnty. Comm'n`, "Swint v. Chambers Cnty. Comm’n"],
    [`in the '90s`, "in the ’90s"],
    [`"'exceptional' cases"`, "“‘exceptional’ cases”"],
  ])("curls %j", (typed, printed) => {
    expect(typesetText(typed)).toBe(printed);
  });

  it("ties a statutory citation and an ellipsis so no line breaks inside them", () => {
    expect(typesetText("under 28 U.S.C. § 1292(b) and §§ 1331, 1338(a)")).toBe(
      "under 28\u00a0U.S.C.\u00a0§\u00a01292(b) and §§\u00a01331, 1338(a)",
    );
    expect(typesetText("disposition of . . . a single controversy")).toBe(
      "disposition of .\u00a0.\u00a0. a single controversy",
    );
  });

  it("opens or closes a quotation after what printed before it", () => {
    expect(typesetText(`" closes`, "d")).toBe("” closes");
    expect(typesetText(`"opens`, " ")).toBe("“opens");
  });
});
