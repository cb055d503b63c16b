-- pgvector for knowledge chunks; unaccent for accent-insensitive full-text search.
CREATE EXTENSION IF NOT EXISTS vector;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
