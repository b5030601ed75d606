/** How a clerk cites the docket and the authority library inside prose, and adds a footnote. */
export const MARKER_HINT = (
  <>
    Cite the docket as <code className="rounded bg-slate-100 px-1">[[doc 49-1 at 2]]</code> and an authority as{" "}
    <code className="rounded bg-slate-100 px-1">[[cite see in-re-cement-antitrust#controlling]]</code>; add a footnote
    as <code className="rounded bg-slate-100 px-1">[[fn The reply was late. [[doc 52]]]]</code>. *Italics* are kept.
  </>
);
