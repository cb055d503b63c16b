-- Custom SQL: every conversation status change is recorded by a trigger, so no
-- code path can skip the history. The cause is the transaction setting
-- app.status_cause (src/conversation/status-history.ts), else a generic one.
CREATE OR REPLACE FUNCTION record_conversation_status() RETURNS trigger AS $$
DECLARE
  given text := nullif(current_setting('app.status_cause', true), '');
  generic text;
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.status IS NOT DISTINCT FROM OLD.status THEN
    RETURN NEW;
  END IF;
  generic := CASE
    WHEN TG_OP = 'INSERT' THEN 'conversation started'
    WHEN NEW.status = 'ACTIVE' AND OLD.status = 'NEW' THEN 'bot answered'
    WHEN NEW.status = 'ACTIVE' THEN 'customer wrote again'
    WHEN NEW.status = 'ESCALATED' THEN 'escalated to a human'
    WHEN NEW.status = 'COMPLETED' THEN 'completed'
    ELSE 'status changed'
  END;
  INSERT INTO conversation_status_events (tenant_id, conversation_id, from_status, to_status, cause)
  VALUES (NEW.tenant_id, NEW.id, CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.status END, NEW.status,
          CASE WHEN TG_OP = 'INSERT' THEN generic ELSE coalesce(given, generic) END);
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER conversations_status_history
AFTER INSERT OR UPDATE OF status ON conversations
FOR EACH ROW EXECUTE FUNCTION record_conversation_status();
--> statement-breakpoint
-- Conversations that existed before the history: their current status, once.
INSERT INTO conversation_status_events (tenant_id, conversation_id, from_status, to_status, cause, created_at)
SELECT tenant_id, id, NULL, status, 'status before the history was kept', updated_at FROM conversations;
