-- Custom SQL: knowledge_bases.content_version counts the changes of what a
-- knowledge base's searches can return, whichever code path makes them: a
-- document added or removed, its title, link, publication, version or knowledge
-- base changed, or it became searchable (INDEXED) or stopped being so (row
-- triggers on documents; the indexer's steps between do not count), chunks written, changed
-- or deleted (statement triggers on knowledge_chunks, one bump per statement
-- and knowledge base). Retrieval keys its caches on it, among them the worker's
-- in-memory copy of a small knowledge base's chunks (src/rag/knowledge-snapshot.ts).
-- SECURITY DEFINER: the bump is the table owner's bookkeeping, the same under
-- the restricted tenant role (row-level security) as on a system path.
CREATE OR REPLACE FUNCTION bump_kb_content_version_doc() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE knowledge_bases SET content_version = content_version + 1 WHERE id = OLD.knowledge_base_id;
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.knowledge_base_id IS DISTINCT FROM OLD.knowledge_base_id) THEN
    UPDATE knowledge_bases SET content_version = content_version + 1 WHERE id = NEW.knowledge_base_id;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER documents_kb_content_version_ins_del
AFTER INSERT OR DELETE ON documents
FOR EACH ROW EXECUTE FUNCTION bump_kb_content_version_doc();
--> statement-breakpoint
CREATE TRIGGER documents_kb_content_version_upd
AFTER UPDATE OF title, source_url, is_public, status, version, knowledge_base_id ON documents
FOR EACH ROW WHEN (
  OLD.title IS DISTINCT FROM NEW.title OR OLD.source_url IS DISTINCT FROM NEW.source_url
  OR OLD.is_public IS DISTINCT FROM NEW.is_public OR (OLD.status = 'INDEXED') IS DISTINCT FROM (NEW.status = 'INDEXED')
  OR OLD.version IS DISTINCT FROM NEW.version OR OLD.knowledge_base_id IS DISTINCT FROM NEW.knowledge_base_id
)
EXECUTE FUNCTION bump_kb_content_version_doc();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION bump_kb_content_version_chunks() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE knowledge_bases SET content_version = content_version + 1 WHERE id IN (SELECT DISTINCT knowledge_base_id FROM new_rows);
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE knowledge_bases SET content_version = content_version + 1 WHERE id IN (SELECT DISTINCT knowledge_base_id FROM old_rows);
  ELSE
    UPDATE knowledge_bases SET content_version = content_version + 1
    WHERE id IN (SELECT knowledge_base_id FROM new_rows UNION SELECT knowledge_base_id FROM old_rows);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER knowledge_chunks_kb_content_version_ins
AFTER INSERT ON knowledge_chunks REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION bump_kb_content_version_chunks();
--> statement-breakpoint
CREATE TRIGGER knowledge_chunks_kb_content_version_del
AFTER DELETE ON knowledge_chunks REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION bump_kb_content_version_chunks();
--> statement-breakpoint
CREATE TRIGGER knowledge_chunks_kb_content_version_upd
AFTER UPDATE ON knowledge_chunks REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION bump_kb_content_version_chunks();
