// Compiled by `npm run typecheck`, never run: the field names the wizard's fields accept.
import type { FieldValues } from "react-hook-form";
import { CheckboxField } from "./checkbox-field";
import { YesNoField } from "./choice-field";
import { TextField } from "./text-field";

export const accepted = [
  <TextField key="judge" name="case.judge.name" label="Judge" />,
  <CheckboxField key="party" name={`case.parties.${2}.isProSe`} label="Pro se" />,
  <TextField<FieldValues> key="other form" name="email" label="Email" />,
];

export const refused = [
  // @ts-expect-error a misspelled path of the draft does not compile
  <TextField key="typo" name="case.judge.nmae" label="Judge" />,
  // @ts-expect-error nor in a yes-or-no answer
  <YesNoField key="typo yes-no" name="stay.requestd" legend="Stay" />,
];
