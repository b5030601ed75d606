/** Review of an order between revisions: the readable redline, the Word redline (tracked changes), and Word comments. */
export { orderRedline } from "./order-redline";
export { renderRedlineDocx } from "./render-redline-docx";
export { renderDocxWithComments } from "./render-docx-with-comments";
export type { ReviewComment } from "./review-comment";
export { groupUnchanged } from "./group-unchanged";
export type { RedlineBlock, RedlinePart, RedlineSummary, RedlineViewProps, RedlineWhere } from "./types";
