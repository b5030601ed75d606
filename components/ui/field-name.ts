import type { FieldPath, FieldValues } from "react-hook-form";
import type { MotionDraft } from "@/lib/motion/schema";

/**
 * A field's name: a dotted path of the form's values (by default the draft's, as every wizard step
 * names its fields by their place in the draft), so a misspelled path does not compile.
 */
export type FieldName<Values extends FieldValues = MotionDraft> = FieldPath<Values>;
