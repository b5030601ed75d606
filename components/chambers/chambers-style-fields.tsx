"use client";

import type { ReactNode } from "react";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { YesNoField } from "@/components/ui/choice-field";
import type { FieldName } from "@/components/ui/field-name";
import type { StyleOverrides } from "@/lib/style/style-overrides";

/** The chambers' style form's values: the overrides under the same name a draft keeps them. */
export type ChambersStyleValues = { styleOverrides: StyleOverrides };
type Name = FieldName<ChambersStyleValues>;

/** What an unanswered choice means on this page. */
export const DISTRICT_STYLE = "The district's style";

const choices = (pairs: readonly (readonly [string, string])[]) => pairs.map(([value, label]) => ({ value, label }));

function Select({
  name,
  label,
  options,
  hint,
}: {
  name: Name;
  label: string;
  options: [string, string][];
  hint?: string;
}) {
  return (
    <SelectField<ChambersStyleValues>
      name={name}
      label={label}
      hint={hint}
      options={choices(options)}
      placeholder={DISTRICT_STYLE}
    />
  );
}

function YesNo({ name, legend, hint }: { name: Name; legend: string; hint?: string }) {
  return <YesNoField<ChambersStyleValues> name={name} legend={legend} hint={hint} unansweredLabel={DISTRICT_STYLE} />;
}

function Text({ name, label, hint }: { name: Name; label: string; hint?: string }) {
  return <TextField<ChambersStyleValues> name={name} label={label} hint={hint} />;
}

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="grid gap-4 rounded-lg border border-line bg-white p-4">
      <legend className="px-1 text-lg font-semibold">{legend}</legend>
      {children}
    </fieldset>
  );
}

/** The title's docket reference, the decree's and the docket cites' further choices. */
export function TitleAndDecreeFields() {
  return (
    <>
      <Select
        name="styleOverrides.titleDocketRef"
        label="The motion's docket number with the title"
        options={[
          ["none", "Not printed"],
          ["parenthetical", "After the title: “(ECF No. 173)”"],
          ["bracket-line", "On a line of its own: “[Doc. No. 49]”"],
        ]}
      />
      <Select
        name="styleOverrides.introOpening"
        label="The introduction opens"
        options={[
          ["this-matter", "“THIS MATTER is before the Court on …”"],
          ["presently-before", "“Presently before the Court is …”"],
          ["pending-before", "“Pending before the Court is …”"],
        ]}
      />
      <YesNo name="styleOverrides.introductionHeading" legend="An “Introduction” heading over the opening" />
      <YesNo name="styleOverrides.decree.numbered" legend="Several decrees as a numbered list" />
      <YesNo name="styleOverrides.decree.soOrdered" legend="Close with “IT IS SO ORDERED.”" />
      <YesNo
        name="styleOverrides.decree.motionByTitle"
        legend="Name the motion by its filed title in the decree"
        hint="“The Court GRANTS Plaintiff’s Motion to Certify Order for Interlocutory Appeal.”"
      />
      <YesNo name="styleOverrides.boldDispositionVerbs" legend="“DENIES” and “GRANTS” in bold" />
      <YesNo name="styleOverrides.italicizeLatin" legend="Italicize Latin terms (pro se, sua sponte)" />
    </>
  );
}

/** How a docket cite is printed beyond its pattern: label, wrap, pin, Id. */
export function DocketCiteFields() {
  return (
    <Group legend="Docket citations, further">
      <Text
        name="styleOverrides.docketCite.label"
        label="Label for one entry"
        hint="Instead of the pattern's, e.g. “ECF Doc.”"
      />
      <Text name="styleOverrides.docketCite.labelPlural" label="Label for several entries" hint="e.g. “ECF Docs.”" />
      <Select
        name="styleOverrides.docketCite.wrap"
        label="Around a docket cite"
        options={[
          ["paren", "Parentheses"],
          ["bracket", "Brackets"],
          ["none", "Nothing"],
        ]}
      />
      <Select
        name="styleOverrides.docketCite.pinSeparator"
        label="Before a page pin"
        options={[
          [" at ", "“Doc. No. 49 at 1”"],
          [", p. ", "“ECF No. 152, p. 3”"],
          [", ", "“Doc. 20, 2-6”"],
          [", at ", "“Dkt. 71, at 1”"],
        ]}
      />
      <Text name="styleOverrides.docketCite.pinPrefix" label="A page pin starts with" hint="e.g. “PageID.”" />
      <YesNo name="styleOverrides.docketCite.useId" legend="“Id.” for a docket cite that repeats the one before" />
      <YesNo
        name="styleOverrides.docketCite.namesFilings"
        legend="Name the filing before its number"
        hint="“(Mot. Interloc. App., Dkt. 92)”"
      />
    </Group>
  );
}

/** The page, the caption and the signature. */
export function PageCaptionSignatureFields() {
  return (
    <>
      <Group legend="Page">
        <Select
          name="styleOverrides.paper"
          label="Paper"
          options={[
            ["plain", "Plain"],
            ["pleading-28", "Pleading paper, 28 numbered lines"],
          ]}
        />
        <Text name="styleOverrides.font" label="Font" hint="e.g. “Times New Roman”" />
        <TextField<ChambersStyleValues>
          name="styleOverrides.fontSizePt"
          label="Font size (points)"
          type="number"
          hint="From 8 to 16."
        />
        <Select
          name="styleOverrides.lineSpacing"
          label="Line spacing"
          options={[
            ["double", "Double"],
            ["one-and-half", "One and a half"],
            ["single", "Single"],
          ]}
        />
      </Group>
      <Group legend="Caption">
        <Select
          name="styleOverrides.captionLayout"
          label="Caption layout"
          options={[
            ["stacked", "Title below the caption"],
            ["two-column", "Parties left, number and title right"],
          ]}
        />
        <Select
          name="styleOverrides.caption.parties"
          label="Party labels"
          options={[
            ["labels-below", "Under the names (“Plaintiff,”)"],
            ["labels-right", "At the right (“PLAINTIFF”)"],
            ["versus-rows", "None, the word between the sides on its own row"],
          ]}
        />
        <Select
          name="styleOverrides.caption.versus"
          label="Between the sides"
          options={[
            ["v.", "v."],
            ["V.", "V."],
            ["vs.", "vs."],
            ["VERSUS", "VERSUS"],
          ]}
        />
        <Select
          name="styleOverrides.caption.divider"
          label="Divider between parties and number"
          options={[
            ["none", "None"],
            ["section-signs", "A column of “§”"],
            ["parentheses", "A column of “)”"],
          ]}
        />
        <YesNo name="styleOverrides.caption.boxed" legend="Rules above and below the parties" />
        <Text name="styleOverrides.caption.numberLabel" label="Label before the case number" hint="e.g. “Case No.:”" />
        <Select
          name="styleOverrides.caption.judge"
          label="The judge's name"
          options={[
            ["none", "Not in the caption"],
            ["under-number", "Under the case number"],
            ["under-title", "Under the title"],
          ]}
        />
      </Group>
      <Group legend="Signature">
        <Select
          name="styleOverrides.signature.form"
          label="Signature line"
          options={[
            ["s-slash", "“/s/ Name”"],
            ["hon", "“Hon. Name”"],
            ["caps-name", "“NAME” over a signature line"],
          ]}
        />
        <Select
          name="styleOverrides.signature.titleCase"
          label="The judge's title"
          options={[
            ["upper", "UNITED STATES DISTRICT JUDGE"],
            ["title", "United States District Judge"],
          ]}
        />
        <YesNo name="styleOverrides.signature.dateLine" legend="“Dated:” above the signature" />
      </Group>
    </>
  );
}

export { Group as StyleGroup };
