import { describe, expect, it } from "vitest";
import { makeDraft } from "@/lib/motion/testing";
import { draftOrder } from "./draft-order";

/** The introduction's relief sentence, as printed, for clerk text with docket markers in a chambers' style. */
const printedRelief = (relief: string, form: "ecf-no" | "dkt-no" = "ecf-no") => {
  const draft = makeDraft({
    case: {
      districtId: "ilnd",
      parties: [
        { id: "p", name: "Acme", side: "plaintiff" },
        { id: "d", name: "Wood", side: "defendant" },
      ],
    },
    motion: { movantPartyIds: ["d"], reliefSought: relief },
    styleOverrides: { docketCite: { form, pinSeparator: ", p. ", useId: false } },
  });
  const paragraph = draftOrder(draft).doc.body.find((block) => block.section === "introduction");
  if (!paragraph || paragraph.kind !== "paragraph") throw new Error("no introduction");
  return paragraph.content
    .map((inline) =>
      inline.kind === "text"
        ? inline.text
        : inline.kind === "docket"
          ? (inline.printed ?? []).map((r) => (r.kind === "text" ? r.text : "")).join("")
          : "",
    )
    .join("");
};

describe("docket markers a clerk types", () => {
  it("joins markers side by side as courts join them", () => {
    expect(printedRelief("Defendant moved twice. [[doc 54]] [[doc 58]]")).toContain("(ECF Nos. 54, 58.)");
    expect(printedRelief("Defendant moved twice. [[doc 54 at 2]]; [[doc 58 at 3]]")).toContain(
      "(ECF No. 54, p. 2; ECF No. 58, p. 3.)",
    );
  });

  it("prints a range of entries", () => {
    expect(printedRelief("Defendants moved. [[doc 692 to 696]]", "dkt-no")).toContain("Dkt. Nos. 692-696.");
  });

  it("keeps markers apart when words stand between them", () => {
    expect(printedRelief("The motion [[doc 54]] and the reply [[doc 58]] agree.")).toContain(
      "(ECF No. 54) and the reply (ECF No. 58)",
    );
  });
});
