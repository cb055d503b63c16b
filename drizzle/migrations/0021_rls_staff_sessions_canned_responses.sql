-- Custom SQL: the tenant tables added after 0019_row_level_security go under the
-- same policy (tests/integration/row-level-security.test.ts checks every tenant table).
SELECT gateway_tenant_rls('canned_responses');
--> statement-breakpoint
SELECT gateway_tenant_rls('staff_sessions');
