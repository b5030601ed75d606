import { notFound } from "next/navigation";
import { isChambersDraft } from "./draft-page";

/**
 * Another chambers' draft, or none, is a real 404 on review, versions and activity. Decided here,
 * above loading.tsx: once the loading state has streamed, the page's own notFound() could only
 * answer 200 with the not-found text.
 */
export default async function RecordLayout({ children, params }: LayoutProps<"/drafts/[draftId]">) {
  const { draftId } = await params;
  if ((await isChambersDraft(draftId)) === false) notFound();
  return children;
}
