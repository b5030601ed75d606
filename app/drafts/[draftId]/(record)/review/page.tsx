import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OrderHtml } from "@/lib/render/html/order-html";
import { DraftPageFrame } from "@/components/drafts/draft-page-frame";
import { When } from "@/components/time/when";
import { FindingsSummary } from "@/components/review/findings-summary";
import { ChambersAuthoritiesCited } from "@/components/review/chambers-authorities-cited";
import { anchorOptions, blockOpening, sectionName } from "@/components/review-page/comment-anchors";
import { CommentForm } from "@/components/review-page/comment-form";
import { CommentList, type CommentView } from "@/components/review-page/comment-list";
import { ReviewActions } from "@/components/review-page/review-actions";
import { auditEventsOf, commentsOf, versionOf } from "@/server/drafts";
import { draftOrderFor } from "@/server/drafts/draft-order-for";
import { openCitationFlags } from "@/lib/cite-check/order-flag-comments";
import { printableText } from "@/lib/order/printable-text";
import { formatWhen } from "@/lib/dates/format-when";
import { loadDraftPage } from "../draft-page";

export const metadata: Metadata = { title: "Review" };

/** The order as it will print, the findings beside it, the comments, and the judge's decision. */
export default async function ReviewPage({ params }: PageProps<"/drafts/[draftId]/review">) {
  const { draftId } = await params;
  const { actor, db, draft, user, names } = await loadDraftPage(draftId, "review");
  const [current, comments, events] = await Promise.all([
    versionOf(db, draft, draft.currentRevision),
    commentsOf(db, draft),
    auditEventsOf(db, draft),
  ]);
  if (!current.ok) notFound();
  const version = current.value;
  const { drafted, isReady } = draftOrderFor(version.data);
  const body = drafted?.doc.body ?? [];
  const commentViews: CommentView[] = comments.map((comment) => {
    const block = comment.anchor.blockIndex === undefined ? undefined : body[comment.anchor.blockIndex];
    const onThisText = comment.revision === draft.currentRevision && block !== undefined;
    return {
      id: comment.id,
      where: block
        ? `${sectionName(comment.anchor.section)}: “${blockOpening(block, 8)}”`
        : sectionName(comment.anchor.section),
      ...(onThisText ? { target: `review-block-${comment.anchor.blockIndex}` } : {}),
      body: printableText(comment.body),
      author: names.get(comment.authorId) ?? "A former member",
      at: formatWhen(comment.createdAt),
      revision: comment.revision,
      ...(comment.resolvedBy ? { resolvedBy: names.get(comment.resolvedBy) ?? "a former member" } : {}),
    };
  });
  const lastReturn = draft.status === "returned" ? events.filter((e) => e.action === "returned").at(-1) : undefined;
  const returnNote = typeof lastReturn?.detail.note === "string" ? printableText(lastReturn.detail.note) : undefined;

  return (
    <DraftPageFrame user={user} draft={draft} current="review">
      <div className="mx-auto grid max-w-[110rem] gap-6 px-4 py-6 xl:grid-cols-[minmax(0,1fr)_28rem]">
        <main className="min-w-0">
          <h1 className="sr-only">Review: {draft.title}</h1>
          {returnNote && lastReturn ? (
            <div role="note" className="mb-4 rounded border-2 border-caution bg-white p-4">
              <p className="font-semibold">Returned for changes by {names.get(lastReturn.actorId) ?? "the judge"}</p>
              <p className="mt-1 whitespace-pre-wrap">{returnNote}</p>
            </div>
          ) : null}
          <div className="mb-3 flex flex-wrap items-center gap-3 text-sm">
            <span>
              Revision {draft.currentRevision}, saved <When at={version.createdAt} />
            </span>
            {drafted && isReady ? (
              <a
                href={`/api/drafts/${draftId}/docx`}
                className="rounded border border-slate-400 bg-white px-3 py-1.5 text-seal hover:bg-slate-50"
              >
                Download Word file (with comments)
              </a>
            ) : (
              <span className="text-muted">
                Not ready to download as a Word file: the order still needs answers (see the wizard&apos;s last step).
              </span>
            )}
          </div>
          <div
            tabIndex={0}
            role="region"
            aria-label="The order as it will print"
            className="rounded-lg bg-slate-200/70 p-4"
          >
            {drafted ? (
              <div className="order-preview overflow-x-auto text-black">
                <OrderHtml doc={drafted.doc} style={drafted.style} idPrefix="review-" blockIds />
              </div>
            ) : (
              <p className="p-4">
                The order cannot be drafted yet.{" "}
                <Link href={`/drafts/${draftId}/court`} className="text-seal underline">
                  Continue in the wizard
                </Link>
                .
              </p>
            )}
          </div>
        </main>
        <aside className="grid content-start gap-6" aria-label="Findings and comments">
          <ReviewActions
            draftId={draftId}
            status={draft.status}
            role={actor.role}
            isReady={isReady}
            openFlags={drafted ? openCitationFlags(drafted.doc) : []}
          />
          {drafted ? (
            <section aria-labelledby="findings-title" className="rounded-lg border border-line bg-white p-4">
              <h2 id="findings-title" className="text-lg font-semibold">
                Findings
              </h2>
              <FindingsSummary findings={drafted.findings} />
            </section>
          ) : null}
          <ChambersAuthoritiesCited records={version.data.chambersAuthorities ?? []} />
          <CommentList comments={commentViews} currentRevision={draft.currentRevision} />
          {drafted ? (
            <div className="rounded-lg border border-line bg-white p-4">
              <CommentForm draftId={draftId} revision={draft.currentRevision} anchors={anchorOptions(drafted.doc)} />
            </div>
          ) : null}
        </aside>
      </div>
    </DraftPageFrame>
  );
}
