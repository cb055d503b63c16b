CREATE TABLE "early_receipts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"connection_id" uuid NOT NULL,
	"platform_message_id" text NOT NULL,
	"status" "delivery_status" NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "early_receipts" ADD CONSTRAINT "early_receipts_connection_id_channel_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."channel_connections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "early_receipts_lookup_idx" ON "early_receipts" USING btree ("connection_id","platform_message_id");