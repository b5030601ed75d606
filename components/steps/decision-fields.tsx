"use client";

import { useWatch } from "react-hook-form";
import { DEFAULT_ORDER_OF_ANALYSIS } from "@/lib/standards";
import { ChoiceField, YesNoField } from "@/components/ui/choice-field";
import { MARKER_HINT } from "@/components/ui/marker-hint";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { CertificationVariantFields } from "./certification-variant-fields";

const DECISIONS = [
  { value: "grant", label: "Grant certification" },
  { value: "grant-in-part", label: "Grant in part (some questions certified, others refused)" },
  { value: "deny", label: "Deny certification" },
] as const;

const ORDERS = [
  { value: "stop-at-first-failure", label: "Stop at the first element not met" },
  { value: "all-elements", label: "Address all three elements" },
] as const;

const defaultOrder = ORDERS.find((o) => o.value === DEFAULT_ORDER_OF_ANALYSIS)?.label.toLowerCase();

/** The decision area of the review step: the ruling, how far the analysis goes, the date the judge signs. */
export function DecisionFields() {
  const decision = useWatch({ name: "certification.decision" });
  const isStayed = useWatch({ name: "certification.stayProceedingsOnGrant" });
  const grants = decision === "grant" || decision === "grant-in-part";
  return (
    <section aria-labelledby="decision-heading" className="space-y-6">
      <h2 id="decision-heading" className="text-lg font-semibold">
        The decision
      </h2>
      <ChoiceField
        name="certification.decision"
        legend="The court's ruling on certification"
        options={DECISIONS}
        unansweredLabel="Not decided"
        isNeeded
      />
      <ChoiceField
        name="analysis.order"
        legend="Order of analysis"
        options={ORDERS}
        unansweredLabel={`Chambers default (${defaultOrder})`}
        inline={false}
      />
      {grants ? (
        <div className="space-y-6 border-l-2 border-line pl-4">
          <YesNoField
            name="certification.stayProceedingsOnGrant"
            legend="Stay proceedings in this court while the petition (and any appeal) is pending?"
          />
          {isStayed === true ? (
            <TextField
              name="certification.statusReportDays"
              type="number"
              inputMode="numeric"
              label="Days for a joint status report after the court of appeals rules"
              hint="Leave empty to order no status report."
              className="max-w-xs"
            />
          ) : null}
        </div>
      ) : null}
      {decision === "deny" ? (
        <TextAreaField
          name="certification.discretionaryDenialReasoning"
          rows={3}
          label="Why the court denies in its discretion (printed whatever it finds of the elements)"
          hint={MARKER_HINT}
        />
      ) : null}
      <CertificationVariantFields grants={grants} />
      <TextAreaField
        name="certification.exceptionalCircumstancesReasoning"
        rows={3}
        label="On exceptional circumstances (optional)"
        hint="Further words on whether the movant shows the exceptional circumstances that justify an interlocutory appeal."
      />
      <TextField name="orderDate" type="date" label="Date the judge signs the order" isNeeded />
      <TextField
        name="orderTitle"
        label="Title of the order (optional)"
        hint="As the judge wants it printed. Leave empty for the title the chambers' style writes from the ruling."
      />
    </section>
  );
}
