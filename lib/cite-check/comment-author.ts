/** The author Word shows on the citation check's comments: the cite-check's Word file and the order's downloads. */
export const CITATION_CHECK_AUTHOR = "Citation check";
