export {
  HOLIDAY_STATES,
  HolidayStateSchema,
  type HolidayState,
  HolidayRegionSchema,
  type HolidayRegion,
  LegalHolidaySchema,
  type LegalHoliday,
  CountingRuleSchema,
  type CountingRule,
  RolloverSchema,
  type Rollover,
  PeriodWarningSchema,
  type PeriodWarning,
  ComputedPeriodSchema,
  type ComputedPeriod,
  PetitionDeadlineSchema,
  type PetitionDeadline,
  DeadlineIdSchema,
  type DeadlineId,
  DeadlineTriggerSchema,
  type DeadlineTrigger,
  RelatedDeadlineSchema,
  type RelatedDeadline,
} from "./schema";
export { STATUTORY_HOLIDAYS } from "./statutory-holidays";
export { legalHolidaysBetween } from "./legal-holidays";
export { addDaysFrap26, type AddDaysOptions } from "./add-days-frap26";
export { explainPeriod } from "./explain-period";
export { formatWeekdayDate } from "./format-weekday-date";
export {
  PETITION_DAYS,
  PetitionDeadlineInputSchema,
  type PetitionDeadlineInput,
  petitionDeadline,
} from "./petition-deadline";
export { DEADLINE_RULES } from "./deadline-rules";
export { computeDeadlines, ComputeDeadlinesOptionsSchema, type ComputeDeadlinesOptions } from "./compute-deadlines";
