-- One foreign key per message instead of three (issue #12). Postgres checks
-- each foreign key of each inserted row with a query of its own (planned anew
-- each time under plan_cache_mode = force_custom_plan, src/db/client.ts); for
-- messages those checks were a quarter of Postgres's CPU per ingested message.
-- messages.(conversation_id, tenant_id, connection_id) → conversations checks
-- the same existence and also that a message's tenant and connection are its
-- conversation's. Deleting a tenant or a connection still deletes its
-- messages: through their conversations (both cascade).
--
-- Safe on a live database: the constraint is added NOT VALID (no scan of
-- messages under lock; new and changed rows are checked at once; every row
-- written so far came from the same code and is consistent). To check old
-- rows too, at a quiet time: ALTER TABLE messages VALIDATE CONSTRAINT messages_conversation_fk;
-- (it takes a lock that does not block writes).
CREATE UNIQUE INDEX IF NOT EXISTS "conversations_id_tenant_connection_uq" ON "conversations" USING btree ("id","tenant_id","connection_id");--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_conversation_fk" FOREIGN KEY ("conversation_id","tenant_id","connection_id") REFERENCES "public"."conversations"("id","tenant_id","connection_id") ON DELETE cascade ON UPDATE no action NOT VALID;--> statement-breakpoint
ALTER TABLE "messages" DROP CONSTRAINT IF EXISTS "messages_tenant_id_tenants_id_fk";--> statement-breakpoint
ALTER TABLE "messages" DROP CONSTRAINT IF EXISTS "messages_conversation_id_conversations_id_fk";--> statement-breakpoint
ALTER TABLE "messages" DROP CONSTRAINT IF EXISTS "messages_connection_id_channel_connections_id_fk";
