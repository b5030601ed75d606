/** Shown while a draft's review, versions or activity page gathers the draft and renders the order. */
export default function Loading() {
  return (
    <main className="mx-auto max-w-3xl px-4 py-8" aria-busy="true">
      <p role="status" className="text-muted">
        Loading the draft…
      </p>
    </main>
  );
}
