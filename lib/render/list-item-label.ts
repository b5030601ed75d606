/** The printed label of a list item: "1.", "2." for ordered lists, a bullet "•" otherwise. */
export function listItemLabel(ordered: boolean, index: number): string {
  return ordered ? `${index + 1}.` : "•";
}
