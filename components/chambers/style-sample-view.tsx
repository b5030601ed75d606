"use client";

import { draftStyleSample } from "@/lib/order/style-sample";
import { styleSampleLines } from "@/lib/render/style-sample-lines";
import type { StyleOverrides } from "@/lib/style/style-overrides";

/** The sample order's title, first heading, decree and a docket cite in the chosen style (the drafting pipeline's own output). */
export function StyleSampleView({ style }: { style: StyleOverrides }) {
  let sample;
  try {
    const { doc, style: profile } = draftStyleSample(style);
    sample = styleSampleLines(doc, profile);
  } catch (error) {
    // The pipeline drafts any valid style; a throw is a bug, shown quietly rather than breaking the form.
    console.warn("Sample not drafted:", error);
    return <p className="text-sm text-muted">The sample could not be drafted in this style.</p>;
  }
  return (
    <dl className="grid gap-3 font-serif text-black">
      <div>
        <dt className="font-sans text-sm text-muted">Title</dt>
        <dd data-sample="title">{sample.title}</dd>
      </div>
      {sample.heading ? (
        <div>
          <dt className="font-sans text-sm text-muted">First heading</dt>
          <dd data-sample="heading">{sample.heading}</dd>
        </div>
      ) : null}
      <div>
        <dt className="font-sans text-sm text-muted">Decree</dt>
        <dd data-sample="decree" className="whitespace-pre-line">
          {sample.decree}
        </dd>
      </div>
      {sample.docketCite ? (
        <div>
          <dt className="font-sans text-sm text-muted">Docket citation</dt>
          <dd data-sample="docket-cite">{sample.docketCite}</dd>
        </div>
      ) : null}
    </dl>
  );
}
