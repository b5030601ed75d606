CREATE TABLE "chambers_authorities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"chambers_id" uuid NOT NULL,
	"authority_id" text NOT NULL,
	"data" jsonb NOT NULL,
	"verified_by_user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "chambers_authorities" ADD CONSTRAINT "chambers_authorities_chambers_id_chambers_id_fk" FOREIGN KEY ("chambers_id") REFERENCES "public"."chambers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chambers_authorities" ADD CONSTRAINT "chambers_authorities_verified_by_user_id_user_id_fk" FOREIGN KEY ("verified_by_user_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "chambers_authorities_chambers_authority_uq" ON "chambers_authorities" USING btree ("chambers_id","authority_id");--> statement-breakpoint
CREATE INDEX "chambers_authorities_chambers_idx" ON "chambers_authorities" USING btree ("chambers_id");