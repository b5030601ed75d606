import { describe, expect, it } from "vitest";
import { emptyDraft } from "@/lib/motion/empty-draft";
import type { FurtherMotion } from "@/lib/motion/further-motions-schema";
import { sliceValues } from "./slice-values";
import { stepIssues } from "./step-issues";
import { MOTION_STEP } from "./steps";

const issuesFor = (furtherMotions: FurtherMotion[], orderDate = "2020-02-14") => {
  const draft = { ...emptyDraft(), furtherMotions };
  draft.orderUnderReview.date = orderDate;
  draft.case.parties = [{ id: "d1", name: "Acme Corp.", side: "defendant" }];
  return stepIssues(MOTION_STEP, sliceValues(draft, MOTION_STEP), draft);
};

describe("further motions on the motion step", () => {
  it("name the motion and the field: its movants, and a filed date before the order under review", () => {
    expect(
      issuesFor([
        { id: "m2", movantPartyIds: ["d1"], filedDate: "2020-03-01" },
        { id: "m3", movantPartyIds: [], filedDate: "2020-02-01" },
      ]),
    ).toEqual([
      { path: "furtherMotions.1.movantPartyIds", message: "Choose who filed motion 3" },
      {
        path: "furtherMotions.1.filedDate",
        message: "Motion 3's filed date cannot be before the order under review's date",
      },
    ]);
  });

  it("ask again for movants when a chosen party was removed since", () => {
    const draft = { ...emptyDraft(), furtherMotions: [{ id: "m2", movantPartyIds: ["gone"] }] };
    draft.case.parties = [{ id: "d1", name: "Acme Corp.", side: "defendant" }];
    expect(stepIssues(MOTION_STEP, sliceValues(draft, MOTION_STEP), draft)).toEqual([
      {
        path: "furtherMotions.0.movantPartyIds",
        message: "Motion 2 names a movant no longer among the parties: choose who filed it again",
      },
    ]);
  });

  it("pass a further motion with its movants, filed after the order", () => {
    expect(issuesFor([{ id: "m2", movantPartyIds: ["d1"], filedDate: "2020-02-14" }])).toEqual([]);
  });

  it("report a malformed date or docket number at the further motion's own field", () => {
    const paths = issuesFor([{ id: "m2", movantPartyIds: ["d1"], filedDate: "March 1", docketNumber: "x" }]).map(
      (issue) => issue.path,
    );
    expect(paths).toEqual(expect.arrayContaining(["furtherMotions.0.filedDate", "furtherMotions.0.docketNumber"]));
  });
});
