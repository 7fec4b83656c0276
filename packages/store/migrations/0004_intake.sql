-- Reports, tips and hotline calls. The text or transcript and the contact details are encrypted
-- by the store; the detection engine's analysis is kept as redacted jsonb with its risk and harm types
-- copied into indexed columns for the triage queue.

CREATE TABLE reports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  kind text NOT NULL CHECK (kind IN ('tip', 'hotline_call')),
  channel text NOT NULL CHECK (channel IN ('web', 'hotline', 'sms', 'email', 'walk_in', 'partner', 'platform')),
  received_at timestamptz NOT NULL DEFAULT now(),
  anonymous boolean NOT NULL DEFAULT false,
  caller_relationship text CHECK (caller_relationship IN ('self', 'family_member', 'friend', 'helping_professional', 'government_authority', 'employer', 'anonymous', 'other', 'unknown')),
  language text CHECK (char_length(language) <= 20),
  body text,
  contact_details text,
  -- The analysis without any text from the message (no evidence text, no entity values): safe to
  -- query; the full analysis is in analysis_sealed, encrypted.
  analysis jsonb,
  analysis_sealed text,
  risk text CHECK (risk IN ('none', 'low', 'medium', 'high', 'critical')),
  risk_rank smallint NOT NULL DEFAULT 0,
  harm_types text[] NOT NULL DEFAULT '{}',
  follow_up_code_hash text UNIQUE CHECK (follow_up_code_hash ~ '^[0-9a-f]{64}$'),
  province_code text,
  organisation_id uuid REFERENCES organisations (id),
  team_id uuid REFERENCES teams (id),
  received_by_user_id uuid REFERENCES users (id),
  assigned_user_id uuid REFERENCES users (id),
  triage_status text NOT NULL DEFAULT 'new' CHECK (triage_status IN ('new', 'in_review', 'linked', 'converted', 'dismissed')),
  triage_reason text,
  triaged_by_user_id uuid REFERENCES users (id),
  triaged_at timestamptz,
  linked_case_id uuid,
  call_duration_seconds integer CHECK (call_duration_seconds >= 0)
);
CREATE INDEX reports_triage_idx ON reports (triage_status, risk_rank DESC, received_at);
CREATE INDEX reports_harm_types_idx ON reports USING gin (harm_types);
