/** Review of an order between revisions: the readable redline, the Word redline (tracked changes), and Word comments. */
export { orderRedline } from "./order-redline";
export { renderRedlineDocx } from "./render-redline-docx";
export { renderDocxWithComments, type CommentsDocxOptions } from "./render-docx-with-comments";
export { anchorBlockIndex } from "./anchor-comments";
export { CommentAnchorSchema, ReviewCommentSchema, SECTION_IDS, type CommentAnchor, type ReviewComment } from "./review-comment";
export { groupUnchanged, type RedlineRow } from "./group-unchanged";
export type { ChangeAuthor } from "./tracked-change-hooks";
export type { OrderRedline, RedlineBlock, RedlinePart, RedlineStatus, RedlineSummary, RedlineViewProps, RedlineWhere } from "./types";
