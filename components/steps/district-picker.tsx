"use client";

import { useId, useMemo, useState } from "react";
import { useController, useFormContext, useWatch } from "react-hook-form";
import { findDistrict, getCircuit, searchDistricts } from "@/lib/courts";
import { useFieldA11y } from "@/components/ui/field-a11y";
import { ErrorText, Hint, inputClass, LabelText } from "@/components/ui/field-parts";

const NAME = "case.districtId";

/**
 * The district court: a search box (name, state, Bluebook abbreviation or PACER id) and the
 * matches as radio buttons; the chosen court and its circuit are shown under it.
 */
export function DistrictPicker() {
  const { control } = useFormContext();
  const { field } = useController({ control, name: NAME });
  const { id, errorId, error, ariaProps } = useFieldA11y(NAME, false);
  const [query, setQuery] = useState("");
  const searchId = useId();
  const chosen = findDistrict(typeof field.value === "string" ? field.value : "");
  const isFederalCircuit = useWatch({ control, name: "case.isWithinFederalCircuitJurisdiction" }) === true;
  const matches = useMemo(() => {
    const found = query.trim() === "" ? [] : searchDistricts(query, 8);
    return chosen ? [chosen, ...found.filter((d) => d.id !== chosen.id)] : found;
  }, [query, chosen]);

  return (
    <div className="space-y-3">
      <fieldset id={id} {...ariaProps} className="space-y-3">
        <legend>
          <LabelText isNeeded>District court</LabelText>
        </legend>
        <div>
          <label htmlFor={searchId} className="text-sm font-medium text-ink">
            Find the district court
          </label>
          <Hint id={`${searchId}-hint`}>
            A name, a state, an abbreviation such as S.D. Cal., or a PACER id such as casd.
          </Hint>
          <input
            id={searchId}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            aria-describedby={[`${searchId}-hint`, error ? errorId : undefined].filter(Boolean).join(" ")}
            aria-invalid={error ? true : undefined}
            autoComplete="off"
            className={`${inputClass} max-w-xl`}
          />
        </div>
        <p id={`${id}-count`} className="text-sm text-muted" aria-live="polite">
          {matches.length === 0
            ? query.trim() === ""
              ? "Search above to list the courts."
              : "No district matches that search."
            : `${matches.length} ${matches.length === 1 ? "court" : "courts"} listed.`}
        </p>
        <div className="space-y-1">
          {matches.map((district, index) => (
            <div key={district.id} className="flex items-start gap-2">
              <input
                type="radio"
                id={`${id}-${district.id}`}
                name={NAME}
                ref={index === 0 ? field.ref : undefined}
                checked={field.value === district.id}
                onChange={() => field.onChange(district.id)}
                onBlur={field.onBlur}
                className="mt-1 size-4 accent-seal"
              />
              <label htmlFor={`${id}-${district.id}`}>
                {district.name} <span className="text-muted">({district.bluebook})</span>
              </label>
            </div>
          ))}
        </div>
        <ErrorText id={errorId} message={error} />
      </fieldset>
      {chosen ? (
        <p className="rounded border border-line bg-paper px-3 py-2 text-sm">
          <span className="font-medium">United States District Court for the {chosen.name}.</span> Appeals go to the{" "}
          <span className="font-medium">{getCircuit(isFederalCircuit ? "fed" : chosen.circuit).fullName}</span>.
        </p>
      ) : null}
    </div>
  );
}
