-- Less Postgres work per ingested message (issue #12). Safe on a live database:
-- no table is rewritten, new defaults and the fillfactor apply to new rows/pages.
--
-- Time-ordered ids (UUIDv7, RFC 9562) for the rows written at message rate, so
-- btree inserts stay on the right-most leaves. The application makes its own
-- (src/db/uuidv7.ts, strictly increasing per process); this is the default for
-- rows inserted without one. Named so that it does not clash with PostgreSQL
-- 18's built-in uuidv7().
CREATE OR REPLACE FUNCTION uuid_generate_v7() RETURNS uuid
LANGUAGE sql VOLATILE PARALLEL SAFE AS $$
  SELECT encode(
    set_bit(set_bit(
      overlay(uuid_send(gen_random_uuid())
              placing substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3)
              from 1 for 6),
      52, 1), 53, 1),
    'hex')::uuid
$$;--> statement-breakpoint
-- Every inbound message updates its conversation's last_message_at: with this
-- index (which no query used: the lists sort by coalesce(last_message_at,
-- created_at)) that update could never be HOT and wrote an entry in each of the
-- table's four indexes. Free space on each page keeps the new versions on it.
DROP INDEX IF EXISTS "conversations_tenant_last_idx";--> statement-breakpoint
ALTER TABLE "conversations" SET (fillfactor = 80);--> statement-breakpoint
ALTER TABLE "channel_identities" ALTER COLUMN "id" SET DEFAULT uuid_generate_v7();--> statement-breakpoint
ALTER TABLE "conversations" ALTER COLUMN "id" SET DEFAULT uuid_generate_v7();--> statement-breakpoint
ALTER TABLE "customers" ALTER COLUMN "id" SET DEFAULT uuid_generate_v7();--> statement-breakpoint
ALTER TABLE "messages" ALTER COLUMN "id" SET DEFAULT uuid_generate_v7();
