CREATE TABLE "whatsapp_web_sessions" (
	"connection_id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"archive_enc" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "whatsapp_web_sessions" ADD CONSTRAINT "whatsapp_web_sessions_connection_id_channel_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."channel_connections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "whatsapp_web_sessions" ADD CONSTRAINT "whatsapp_web_sessions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;