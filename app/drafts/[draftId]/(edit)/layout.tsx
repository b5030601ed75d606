import { WizardShell } from "@/components/wizard/wizard-shell";

export default async function DraftLayout({ children, params }: LayoutProps<"/drafts/[draftId]">) {
  const { draftId } = await params;
  return <WizardShell draftId={draftId}>{children}</WizardShell>;
}
