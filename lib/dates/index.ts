export { IsoDateSchema, type IsoDate, parseIsoDate, daysBetween } from "./iso-date";
export { formatLongDate, formatBluebookDate, formatMonthDay } from "./format-date";
export { formatWhen, formatDay } from "./format-when";
