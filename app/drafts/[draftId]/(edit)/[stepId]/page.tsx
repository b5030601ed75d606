import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { findStep } from "@/lib/wizard/steps";
import { StepScreen } from "@/components/wizard/step-screen";

export async function generateMetadata({ params }: PageProps<"/drafts/[draftId]/[stepId]">): Promise<Metadata> {
  const { stepId } = await params;
  return { title: findStep(stepId)?.title ?? "Not found" };
}

export default async function StepPage({ params }: PageProps<"/drafts/[draftId]/[stepId]">) {
  const { stepId } = await params;
  const step = findStep(stepId);
  if (!step) notFound();
  return <StepScreen stepId={step.id} />;
}
