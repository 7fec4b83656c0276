-- Every CSV export of cases: who made it, for which organisation, with which filters, how many
-- victims it held, left out (no consent to non-identifying reporting) and included without that
-- consent, and then the reason given for overriding the consent (encrypted like other free text
-- about victims: rk1:<key id>:…, the column name as associated data). Rows are never changed or
-- removed: the record of a disclosure must outlive the disclosure.
CREATE TABLE case_exports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  made_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  user_id uuid NOT NULL REFERENCES users (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  request_id text CHECK (char_length(request_id) <= 200),
  filter_open boolean,
  filter_province_code text CHECK (char_length(filter_province_code) <= 20),
  row_count integer NOT NULL CHECK (row_count >= 0),
  omitted_count integer NOT NULL CHECK (omitted_count >= 0),
  overridden_count integer NOT NULL CHECK (overridden_count >= 0 AND overridden_count <= row_count),
  consent_override_reason text CHECK (consent_override_reason IS NULL OR consent_override_reason LIKE 'rk1:%'),
  CHECK ((overridden_count = 0) = (consent_override_reason IS NULL))
);
CREATE INDEX case_exports_organisation_idx ON case_exports (organisation_id, made_at);
CREATE INDEX case_exports_made_at_idx ON case_exports (made_at);

CREATE TRIGGER case_exports_append_only BEFORE UPDATE OR DELETE ON case_exports
  FOR EACH ROW EXECUTE FUNCTION forbid_change_of_append_only();
