"use client";

import { ChoiceField, YesNoField } from "@/components/ui/choice-field";
import { MARKER_HINT } from "@/components/ui/marker-hint";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { useDraftContext } from "@/components/wizard/draft-context";

const TOGETHER = [
  { value: "controlling-and-advance", label: "The first and third (controlling question, materially advance)" },
  { value: "controlling-and-ground", label: "The first and second (controlling question, substantial ground)" },
  { value: "ground-and-advance", label: "The second and third (substantial ground, materially advance)" },
] as const;

const AMENDMENT_FORMS = [
  { value: "amend", label: "Amend the order to add the statement" },
  { value: "vacate-and-reenter", label: "Vacate the order and enter an amended order" },
] as const;

/**
 * On the ruling step, the ruling's variants: delay in seeking certification as a ground of its
 * own, two elements discussed together, and (when the motion asks to amend the order) how the
 * § 1292(b) statement is added.
 */
export function CertificationVariantFields({ grants }: { grants: boolean }) {
  const { draft } = useDraftContext();
  return (
    <div className="space-y-6">
      <YesNoField
        name="certification.untimeliness.isUntimely"
        legend="Does the court find that the movant delayed unreasonably in seeking certification?"
        hint="Decided as a ground of its own, before the elements. Leave unanswered when the order does not discuss timing."
      />
      <TextAreaField
        name="certification.untimeliness.reasoning"
        rows={3}
        label="The court's reasons on timeliness (optional)"
        hint={MARKER_HINT}
      />
      <SelectField
        name="certification.elementsDiscussedTogether"
        label="Two elements the order discusses together (optional)"
        hint="Many courts take the controlling question and material advancement in one discussion."
        options={TOGETHER}
        placeholder="Each element on its own"
      />
      {grants && draft.amendment.requested === true ? (
        <ChoiceField
          name="amendment.form"
          legend="How the § 1292(b) statement is added to the order under review (FRAP 5(a)(3))"
          hint="Vacated and re-entered, the ten days run from the amended order's entry, which this order does not date."
          options={AMENDMENT_FORMS}
          unansweredLabel="Amend (the default)"
          inline={false}
        />
      ) : null}
    </div>
  );
}
