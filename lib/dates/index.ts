export { IsoDateSchema, type IsoDate, parseIsoDate, daysBetween } from "./iso-date";
export { formatLongDate, formatBluebookDate, formatMonthDay } from "./format-date";
