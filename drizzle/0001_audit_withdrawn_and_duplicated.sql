ALTER TYPE "public"."audit_action" ADD VALUE 'approval-withdrawn';--> statement-breakpoint
ALTER TYPE "public"."audit_action" ADD VALUE 'duplicated';