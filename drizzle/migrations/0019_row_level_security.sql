-- Custom SQL: row-level security as defence in depth (issue 10).
-- The app switches to the restricted role gateway_tenant inside every
-- transaction opened in a tenant context, with app.tenant_id set for that
-- transaction only (src/db/client.ts, src/db/tenant-context.ts). The policies
-- below then show and accept only that tenant's rows. The connection user owns
-- the tables and so bypasses RLS outside those transactions (the system paths:
-- migrations, webhook ingest, outbox relay, maintenance jobs, operator routes).
--
-- The role is cluster-wide while every database (every test file) migrates on
-- its own, often at the same instant: creating it must tolerate a concurrent
-- creator (duplicate_object, or unique_violation on pg_authid while the other
-- transaction commits). The migrating user needs CREATEROLE, or a DBA creates
-- gateway_tenant (NOLOGIN) beforehand and grants it to the app's user.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'gateway_tenant') THEN
    BEGIN
      CREATE ROLE gateway_tenant NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
      NULL;
    END;
  END IF;
END $$;
--> statement-breakpoint
-- SET ROLE needs membership unless the user is a superuser.
DO $$
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    BEGIN
      EXECUTE format('GRANT gateway_tenant TO %I', current_user);
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
      NULL;
    END;
  END IF;
END $$;
--> statement-breakpoint
DO $$
BEGIN
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO gateway_tenant', current_schema());
END $$;
--> statement-breakpoint
-- Puts one tenant table under RLS: DML (no DDL, no TRUNCATE) for gateway_tenant,
-- its own sequences (bigserial ids), and the single policy `tenant_isolation`.
-- A later migration that adds a tenant table calls it for that table
-- (tests/integration/row-level-security.test.ts fails until it does).
CREATE OR REPLACE FUNCTION gateway_tenant_rls(tbl regclass, tenant_column name DEFAULT 'tenant_id') RETURNS void AS $$
DECLARE
  seq regclass;
BEGIN
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO gateway_tenant', tbl);
  FOR seq IN
    SELECT d.objid::regclass FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
    WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass AND d.refobjid = tbl AND d.deptype IN ('a', 'i')
  LOOP
    EXECUTE format('GRANT USAGE ON SEQUENCE %s TO gateway_tenant', seq);
  END LOOP;
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('DROP POLICY IF EXISTS tenant_isolation ON %s', tbl);
  EXECUTE format(
    $p$CREATE POLICY tenant_isolation ON %1$s
       USING (%2$I = nullif(current_setting('app.tenant_id', true), '')::uuid)
       WITH CHECK (%2$I = nullif(current_setting('app.tenant_id', true), '')::uuid)$p$,
    tbl, tenant_column);
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION gateway_tenant_rls(regclass, name) FROM PUBLIC;
--> statement-breakpoint
-- Every table with a tenant_id column, and `tenants` itself (its own id).
-- Tables without a tenant (early_receipts: keyed by connection, written by
-- webhook ingest; operator_keys: platform operators) get no grant at all, so
-- a tenant transaction cannot read them.
DO $$
DECLARE
  t record;
BEGIN
  FOR t IN
    SELECT c.oid::regclass AS tbl FROM pg_class c
    WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
      AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)
  LOOP
    PERFORM gateway_tenant_rls(t.tbl);
  END LOOP;
  PERFORM gateway_tenant_rls('tenants'::regclass, 'id');
END $$;
