"use client";

import { CheckboxField } from "@/components/ui/checkbox-field";

/** Which requests travel with the motion (the earlier denial of a successive motion is history). */
export function CompanionRequests() {
  return (
    <fieldset className="space-y-3 rounded border border-line p-4">
      <legend className="px-1 font-medium">What else does the motion ask for?</legend>
      <CheckboxField name="reconsideration.requested" label="Reconsideration of the order under review" />
      <CheckboxField name="stay.requested" label="A stay, or lifting one already in place" />
      <CheckboxField
        name="amendment.requested"
        label="Amendment of the order to add the § 1292(b) statement (FRAP 5(a)(3))"
      />
      <CheckboxField
        name="amendment.reentersCertifiedOrder"
        label="Re-entry or recertification of an order already certified, to restart the ten days"
        hint="Not FRAP 5(a)(3): some circuits hold this does not restart the period; the warnings say where."
      />
      <CheckboxField
        name="successive.isSuccessive"
        label="It is a successive motion: an earlier request to certify this order was denied"
        hint="The earlier denial goes in the procedural history step."
      />
    </fieldset>
  );
}
