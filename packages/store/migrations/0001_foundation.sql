-- Foundation: store metadata, the append-only audit log, field-level record history and the
-- blind-index link table that connects reports, persons and cases sharing a phone, handle, wallet…
-- PostgreSQL 15 features only (PGlite is PostgreSQL 18; the same file runs on both).

CREATE TABLE store_meta (
  key text PRIMARY KEY,
  value text NOT NULL
);

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  occurred_at timestamptz NOT NULL DEFAULT now(),
  actor_user_id uuid,
  action text NOT NULL CHECK (char_length(action) BETWEEN 1 AND 100),
  entity text NOT NULL CHECK (char_length(entity) BETWEEN 1 AND 100),
  entity_id text CHECK (char_length(entity_id) <= 200),
  outcome text NOT NULL CHECK (outcome IN ('success', 'denied', 'failed', 'error')),
  origin text CHECK (char_length(origin) <= 500),
  ip text CHECK (char_length(ip) <= 100),
  request_id text CHECK (char_length(request_id) <= 200),
  details jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id, occurred_at);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_user_id, occurred_at);

CREATE TABLE record_history (
  id bigserial PRIMARY KEY,
  table_name text NOT NULL,
  record_id uuid NOT NULL,
  record_version integer NOT NULL,
  field text NOT NULL,
  old_value text,
  new_value text,
  encrypted boolean NOT NULL,
  actor_user_id uuid,
  changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX record_history_record_idx ON record_history (table_name, record_id, id);

-- Audit entries and history rows are never changed or removed once written.
CREATE FUNCTION forbid_change_of_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'table % is append-only', TG_TABLE_NAME USING ERRCODE = 'raise_exception';
END;
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION forbid_change_of_append_only();
CREATE TRIGGER record_history_append_only BEFORE UPDATE OR DELETE ON record_history
  FOR EACH ROW EXECUTE FUNCTION forbid_change_of_append_only();

-- HMAC-SHA-256 blind indexes of exact-match identifiers (phone, handle, e-mail, wallet, domain,
-- URL, document number), pointing at the record that holds the identifier.
CREATE TABLE entity_index (
  blind_index text NOT NULL CHECK (blind_index ~ '^[0-9a-f]{64}$'),
  entity_type text NOT NULL CHECK (entity_type IN ('phone', 'handle', 'email', 'crypto_wallet', 'url', 'domain', 'document')),
  owner_table text NOT NULL CHECK (owner_table IN ('reports', 'persons')),
  owner_id uuid NOT NULL,
  PRIMARY KEY (owner_table, owner_id, entity_type, blind_index)
);
CREATE INDEX entity_index_lookup_idx ON entity_index (blind_index, entity_type);
