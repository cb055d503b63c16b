-- Custom (hand-written) data migration: a key that belongs to a user takes its
-- rights from users.role at every request; the copy on the key is no longer read
-- and is cleared so nothing can trust it again. Service keys (no user) keep theirs.
UPDATE "api_keys" SET "role" = NULL WHERE "user_id" IS NOT NULL;
