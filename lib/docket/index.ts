export {
  DocketAttachmentSchema,
  type DocketAttachment,
  ParsedDocketEntrySchema,
  type ParsedDocketEntry,
  SkippedLineSchema,
  type SkippedLine,
  ParsedDocketReportSchema,
  type ParsedDocketReport,
} from "./schema";
export { parseDocketReport } from "./parse-docket-report";
export { parseAttachments } from "./parse-attachments";
