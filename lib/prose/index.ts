export { checkProse } from "./check-prose";
export { orderParagraphs } from "./order-paragraphs";
export { PROSE_RULES } from "./rules";
export type { ProseFinding, ProseParagraph, ProseRule } from "./types";
