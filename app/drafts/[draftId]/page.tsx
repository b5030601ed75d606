import { redirect } from "next/navigation";

export default async function DraftPage({ params }: PageProps<"/drafts/[draftId]">) {
  const { draftId } = await params;
  redirect(`/drafts/${draftId}/court`);
}
