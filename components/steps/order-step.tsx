"use client";

import { useFieldArray } from "react-hook-form";
import type { OrderSlice } from "@/lib/wizard/slice-schemas";
import { ORDER_STEP } from "@/lib/wizard/steps";
import { Button } from "@/components/ui/button";
import { ChoiceField } from "@/components/ui/choice-field";
import { ListField } from "@/components/ui/list-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { newId } from "@/components/wizard/new-id";
import { StepFrame } from "@/components/wizard/step-frame";
import { useStepForm } from "@/components/wizard/use-step-form";
import { FurtherOrderFields } from "./further-order-fields";

const KIND = [
  { value: false, label: "An interlocutory order" },
  { value: true, label: "A final judgment" },
] as const;

/** What the order did, as far as it may make the order appealable without certification. */
const EFFECT = [
  { value: "none", label: "None of these (an ordinary interlocutory ruling)" },
  { value: "granted-injunction", label: "Granted an injunction", hint: "28 U.S.C. § 1292(a)(1)" },
  { value: "refused-injunction", label: "Refused an injunction", hint: "28 U.S.C. § 1292(a)(1)" },
  { value: "modified-injunction", label: "Modified an injunction", hint: "28 U.S.C. § 1292(a)(1)" },
  { value: "refused-to-compel-arbitration", label: "Refused to compel arbitration", hint: "9 U.S.C. § 16(a)(1)(B)" },
  { value: "refused-arbitration-stay", label: "Refused a stay pending arbitration", hint: "9 U.S.C. § 16(a)(1)(A)" },
  {
    value: "compelled-arbitration",
    label: "Compelled arbitration, or stayed the case under 9 U.S.C. § 3",
    hint: "9 U.S.C. § 16(b) leaves these to § 1292(b)",
  },
  {
    value: "admiralty-decree",
    label: "An interlocutory decree in admiralty determining the parties' rights and liabilities",
    hint: "28 U.S.C. § 1292(a)(3)",
  },
  {
    value: "collateral-order",
    label: "A collateral order, such as the denial of qualified immunity",
    hint: "the collateral-order doctrine",
  },
  { value: "final-judgment", label: "A final judgment", hint: "28 U.S.C. § 1291" },
] as const;

const ENTERED_BY = [
  { value: "district-judge", label: "A district judge" },
  { value: "magistrate-judge", label: "A magistrate judge" },
] as const;

/** Step "order": the order under review. */
export function OrderStep() {
  const stepForm = useStepForm<OrderSlice>(ORDER_STEP);
  const { fields, append, remove } = useFieldArray({
    control: stepForm.form.control,
    name: "furtherOrders",
    keyName: "fieldKey",
  });
  return (
    <StepFrame step={ORDER_STEP} stepForm={stepForm}>
      <div className="grid gap-6 sm:grid-cols-2">
        <TextField name="orderUnderReview.date" type="date" label="Date entered on the docket" isNeeded />
        <TextField
          name="orderUnderReview.docketNumber"
          label="Docket number"
          hint="For example: 45"
          inputMode="numeric"
        />
      </div>
      <TextAreaField
        name="orderUnderReview.decided"
        rows={3}
        label="What the order decided"
        hint="Completes “the order …”, for example: denying Plaintiff leave to amend his complaint"
      />
      <ChoiceField
        name="orderUnderReview.isFinalJudgment"
        legend="Is it a final judgment or an interlocutory order?"
        options={KIND}
      />
      <ChoiceField name="orderUnderReview.enteredBy" legend="Entered by" options={ENTERED_BY} />
      <ChoiceField
        name="orderUnderReview.effect"
        legend="Did the order do any of these?"
        hint="§ 1292(b) reaches only an order “not otherwise appealable”: an order that did one of these may be appealable as of right."
        options={EFFECT}
        inline={false}
      />
      <ListField
        name="furtherOrders"
        heading="Further orders under review"
        hint="Only when the motion asks to certify more than one order, such as the order and the order denying reconsideration of it. The answers above are the first order’s."
      >
        {fields.map((field, index) => (
          <FurtherOrderFields key={field.fieldKey} index={index} onRemove={() => remove(index)} />
        ))}
        <Button onClick={() => append({ id: newId() })}>
          <span aria-hidden="true">+</span> Add an order
        </Button>
      </ListField>
    </StepFrame>
  );
}
