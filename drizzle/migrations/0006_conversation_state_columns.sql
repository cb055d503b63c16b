ALTER TABLE "conversations" ADD COLUMN "consecutive_unsure" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "awaiting_csat_ticket_id" uuid;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "awaiting_csat_agent_id" uuid;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "awaiting_csat_until" timestamp with time zone;--> statement-breakpoint
-- Move the app's shared state out of the channel-context JSON into the typed columns.
UPDATE "conversations" SET "consecutive_unsure" = CASE
    WHEN jsonb_typeof("metadata"->'consecutiveUnsure') = 'number' THEN greatest(floor(("metadata"->>'consecutiveUnsure')::numeric), 0)::integer
    WHEN jsonb_typeof("metadata"->'consecutiveUnsure') = 'string' AND ("metadata"->>'consecutiveUnsure') ~ '^[0-9]{1,9}$' THEN ("metadata"->>'consecutiveUnsure')::integer
    ELSE 0 END
  WHERE "metadata" ? 'consecutiveUnsure';--> statement-breakpoint
UPDATE "conversations" SET
    "awaiting_csat_ticket_id" = ("metadata"->'awaitingCsat'->>'ticketId')::uuid,
    "awaiting_csat_agent_id" = CASE WHEN ("metadata"->'awaitingCsat'->>'agentId') ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN ("metadata"->'awaitingCsat'->>'agentId')::uuid END,
    "awaiting_csat_until" = ("metadata"->'awaitingCsat'->>'until')::timestamptz
  WHERE jsonb_typeof("metadata"->'awaitingCsat') = 'object'
    AND ("metadata"->'awaitingCsat'->>'ticketId') ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
    AND ("metadata"->'awaitingCsat'->>'until') ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T';--> statement-breakpoint
UPDATE "conversations" SET "metadata" = "metadata" - 'consecutiveUnsure' - 'awaitingCsat'
  WHERE "metadata" ?| array['consecutiveUnsure', 'awaitingCsat'];
