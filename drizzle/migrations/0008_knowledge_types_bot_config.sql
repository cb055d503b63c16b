CREATE TABLE "channel_bot_configs" (
	"connection_id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"knowledge_base_ids" uuid[],
	"answer_threshold" real,
	"greeting" text,
	"bot_name" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "type" text DEFAULT 'document' NOT NULL;--> statement-breakpoint
ALTER TABLE "channel_bot_configs" ADD CONSTRAINT "channel_bot_configs_connection_id_channel_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."channel_connections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channel_bot_configs" ADD CONSTRAINT "channel_bot_configs_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;