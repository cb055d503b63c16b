-- Custom SQL (data move): tenants created before plans existed had the placeholder plan 'free'; they are on 'basic' now.
UPDATE "tenants" SET "plan" = 'basic' WHERE "plan" NOT IN ('basic', 'pro', 'enterprise');
