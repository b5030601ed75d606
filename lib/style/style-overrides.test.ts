import { describe, expect, it } from "vitest";
import { answeredOverrides } from "./style-overrides";

describe("answeredOverrides", () => {
  it("drops unanswered choices and nested parts left empty", () => {
    expect(
      answeredOverrides({
        titleForm: "memorandum-and-order",
        headingStyle: undefined,
        decree: { form: undefined, numbered: undefined },
        docketCite: { form: "dkt-no", useId: undefined },
        italicizeLatin: false,
      }),
    ).toEqual({ titleForm: "memorandum-and-order", docketCite: { form: "dkt-no" }, italicizeLatin: false });
  });

  it("keeps nothing when nothing was chosen", () => {
    expect(answeredOverrides({ caption: {}, signature: { form: undefined } })).toEqual({});
  });
});
