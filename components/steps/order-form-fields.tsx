"use client";

import { SelectField } from "@/components/ui/select-field";
import { DOCKET_PRESETS } from "@/lib/docket/docket-presets";
import { DocketCiteFormSchema, HeadingStyleSchema, TitleFormSchema } from "@/lib/style/style-profile";

const TITLE_FORMS: Record<(typeof TitleFormSchema.options)[number], string> = {
  order: "Order",
  memorandum: "Memorandum",
  "memorandum-order": "Memorandum Order",
  "memorandum-and-order": "Memorandum and Order",
  "memorandum-opinion": "Memorandum Opinion",
  "memorandum-opinion-and-order": "Memorandum Opinion and Order",
  "opinion-and-order": "Opinion and Order",
  "opinion-ampersand-order": "Opinion & Order",
  "ruling-and-order": "Ruling and Order",
  "order-and-reasons": "Order and Reasons",
};

const TITLE_RULINGS = [
  { value: "verb", label: "The ruling and the motion (“Order Granting Defendant’s Motion …”)" },
  { value: "regarding", label: "The motion (“… Regarding Defendant’s Motion …”)" },
  { value: "none", label: "Nothing more (“Memorandum Order”)" },
];

const HEADING_STYLES: Record<(typeof HeadingStyleSchema.options)[number], string> = {
  "roman-letter": "I. Background, A. …",
  "roman-caps": "I. BACKGROUND",
  "arabic-caps": "1. INTRODUCTION",
  "caps-centered": "BACKGROUND, centered, unnumbered",
  none: "No headings",
};

const DECREE_FORMS = [
  { value: "by-opening", label: "Following the introduction’s opening formula" },
  { value: "accordingly", label: "“Accordingly, … is HEREBY DENIED.”" },
  { value: "court-verb", label: "“The Court DENIES …”" },
  { value: "it-is-ordered", label: "“IT IS ORDERED that …”" },
  { value: "it-is-therefore-ordered", label: "“IT IS THEREFORE ORDERED that …”" },
];

const options = <T extends string>(labels: Record<T, string>) =>
  (Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label }));

/**
 * The order's form: the title, the headings, the decretal language and the docket citations. In
 * the wizard, this draft's, where it departs from the chambers' style (each unanswered keeps the
 * chambers'); on the chambers' style page, the chambers', where it departs from the district's.
 */
export function OrderFormFields({ unanswered = "The chambers' style" }: { unanswered?: string }) {
  return (
    <div className="grid gap-4 p-4 pt-0">
      <SelectField
        name="styleOverrides.titleForm"
        label="Form of the title"
        options={options(TITLE_FORMS)}
        placeholder={unanswered}
      />
      <SelectField
        name="styleOverrides.titleRuling"
        label="After the form, the title states"
        options={TITLE_RULINGS}
        placeholder={unanswered}
      />
      <SelectField
        name="styleOverrides.headingStyle"
        label="Headings"
        options={options(HEADING_STYLES)}
        placeholder={unanswered}
      />
      <SelectField
        name="styleOverrides.decree.form"
        label="Decretal language"
        options={DECREE_FORMS}
        placeholder={unanswered}
      />
      <SelectField
        name="styleOverrides.docketCite.form"
        label="Docket citations"
        hint="As the court prints a cite to a filing."
        options={DocketCiteFormSchema.options.map((form) => ({ value: form, label: DOCKET_PRESETS[form].example }))}
        placeholder={unanswered}
      />
    </div>
  );
}
