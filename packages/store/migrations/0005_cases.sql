-- Persons, consents, cases and what hangs off a case. Columns holding personal data (names,
-- birth dates, documents, phones, addresses, narratives) contain ciphertext written by the store
-- ("rk1:<key id>:<nonce>:<ciphertext>"); code-list columns use HTCDS 2.0 / CTDC value names.

CREATE TABLE persons (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  person_kind text NOT NULL CHECK (person_kind IN ('victim', 'suspect', 'caller', 'witness')),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  created_by_user_id uuid REFERENCES users (id),
  given_name_latin text,
  family_name_latin text,
  name_local text,
  aliases text,
  birth_date text,
  estimated_age integer CHECK (estimated_age BETWEEN 0 AND 130),
  estimated_age_on date,
  sex text CHECK (sex IN ('female', 'male', 'intersex', 'unknown')),
  gender text CHECK (gender IN ('Feminine', 'Masculine', 'TransgenderFeminine', 'TransgenderMasculine', 'NonConforming', 'NonSpecifiedUnknown')),
  citizenship text[] NOT NULL DEFAULT '{}',
  languages text[] NOT NULL DEFAULT '{}',
  identity_documents text,
  phones text,
  address text,
  contact_details text,
  description text
);
CREATE INDEX persons_organisation_idx ON persons (organisation_id);

CREATE TABLE cases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  case_number bigserial UNIQUE,
  victim_person_id uuid NOT NULL UNIQUE REFERENCES persons (id),
  source_report_id uuid REFERENCES reports (id),
  trafficking_status text NOT NULL DEFAULT 'possible' CHECK (trafficking_status IN ('possible', 'actual', 'not_trafficked')),
  status_decided_by_kind text CHECK (status_decided_by_kind IN ('Police', 'NGO', 'CourtOrProsecution', 'NonPoliceGovernmentalOrganization', 'Other')),
  status_decided_by_user_id uuid REFERENCES users (id),
  status_decided_at timestamptz,
  workflow_stage text NOT NULL DEFAULT 'new' CHECK (workflow_stage IN ('new', 'assessment', 'case_plan', 'service_provision', 'follow_up', 'reopened')),
  risk_level text NOT NULL DEFAULT 'medium' CHECK (risk_level IN ('low', 'medium', 'high', 'critical')),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  team_id uuid REFERENCES teams (id),
  owner_user_id uuid REFERENCES users (id),
  province_code text,
  summary text,
  opened_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz,
  closure_reason text CHECK (closure_reason IN ('reintegrated', 'repatriated', 'transferred', 'refused_services', 'no_longer_requires_support', 'moved_away', 'lost_contact', 'died', 'not_trafficked', 'other')),
  closure_note text,
  reopened_count integer NOT NULL DEFAULT 0,
  CHECK ((closed_at IS NULL) = (closure_reason IS NULL))
);
CREATE INDEX cases_scope_idx ON cases (organisation_id, team_id, owner_user_id);
ALTER TABLE reports ADD CONSTRAINT reports_linked_case_fk FOREIGN KEY (linked_case_id) REFERENCES cases (id);

CREATE TABLE consents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  person_id uuid NOT NULL REFERENCES persons (id),
  purpose text NOT NULL CHECK (purpose IN ('services', 'non_identifying_reporting', 'disclosure_to_organisation')),
  organisation_id uuid REFERENCES organisations (id),
  legal_basis text NOT NULL CHECK (legal_basis IN ('consent', 'contract', 'vital_interests', 'beneficiary_interests', 'legal_obligation', 'public_interest', 'other_legitimate_interests')),
  given_by text NOT NULL CHECK (given_by IN ('subject', 'parent_or_guardian', 'other')),
  given_on date NOT NULL,
  withdrawn_on date,
  recorded_by_user_id uuid REFERENCES users (id),
  note text,
  CHECK ((purpose = 'disclosure_to_organisation') = (organisation_id IS NOT NULL)),
  CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on)
);
CREATE INDEX consents_person_idx ON consents (person_id, purpose);

CREATE TABLE exploitation_profiles (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  case_id uuid NOT NULL UNIQUE REFERENCES cases (id),
  exploitation_types text[] NOT NULL DEFAULT '{}',
  forced_labour_sectors text[] NOT NULL DEFAULT '{}',
  sex_exploitation_types text[] NOT NULL DEFAULT '{}',
  methods_of_control text[] NOT NULL DEFAULT '{}',
  recruitment_methods text[] NOT NULL DEFAULT '{}',
  recruitment_platforms text[] NOT NULL DEFAULT '{}',
  recruiter_relationship text,
  country_of_exploitation text CHECK (country_of_exploitation ~ '^[A-Z]{2}$'),
  exploitation_started_on date,
  exploitation_ended_on date,
  duration_months integer CHECK (duration_months >= 0)
);

CREATE TABLE trafficking_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  case_id uuid NOT NULL REFERENCES cases (id),
  event_type text NOT NULL CHECK (event_type IN ('Recruitment', 'Transit', 'Exploitation')),
  country_code text CHECK (country_code ~ '^[A-Z]{2}$'),
  location_id uuid REFERENCES locations (id),
  place text,
  started_on date,
  ended_on date,
  description text,
  CHECK (ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX trafficking_events_case_idx ON trafficking_events (case_id);

CREATE TABLE screenings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  case_id uuid NOT NULL REFERENCES cases (id),
  screened_by_user_id uuid REFERENCES users (id),
  screened_on date NOT NULL,
  subject_is_child boolean NOT NULL,
  answers jsonb NOT NULL,
  notes text,
  suggested_status text CHECK (suggested_status IN ('possible', 'actual', 'not_trafficked')),
  suggestion_reasons jsonb NOT NULL DEFAULT '[]'::jsonb
);
CREATE INDEX screenings_case_idx ON screenings (case_id);

CREATE TABLE referrals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  case_id uuid NOT NULL REFERENCES cases (id),
  from_organisation_id uuid NOT NULL REFERENCES organisations (id),
  to_organisation_id uuid NOT NULL REFERENCES organisations (id),
  service_type text NOT NULL,
  consent_id uuid REFERENCES consents (id),
  consent_override_reason text,
  made_by_user_id uuid REFERENCES users (id),
  status text NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'accepted', 'rejected', 'done', 'revoked')),
  status_reason text,
  status_changed_by_user_id uuid REFERENCES users (id),
  referred_at timestamptz NOT NULL DEFAULT now(),
  accepted_at timestamptz,
  rejected_at timestamptz,
  done_at timestamptz,
  revoked_at timestamptz,
  note text,
  CHECK (consent_id IS NOT NULL OR consent_override_reason IS NOT NULL),
  CHECK (from_organisation_id <> to_organisation_id)
);
CREATE INDEX referrals_case_idx ON referrals (case_id);
CREATE INDEX referrals_to_idx ON referrals (to_organisation_id, status);

CREATE TABLE notes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  case_id uuid NOT NULL REFERENCES cases (id),
  author_user_id uuid REFERENCES users (id),
  body text NOT NULL
);
CREATE INDEX notes_case_idx ON notes (case_id);

CREATE TABLE tasks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  case_id uuid NOT NULL REFERENCES cases (id),
  title text NOT NULL,
  due_on date,
  assigned_user_id uuid REFERENCES users (id),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
  completed_at timestamptz
);
CREATE INDEX tasks_assignee_idx ON tasks (assigned_user_id, status, due_on);

CREATE TABLE attachments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  case_id uuid NOT NULL REFERENCES cases (id),
  uploaded_by_user_id uuid REFERENCES users (id),
  file_name text NOT NULL,
  mime_type text NOT NULL,
  size_bytes integer NOT NULL CHECK (size_bytes >= 0),
  content_sha256 text NOT NULL CHECK (content_sha256 ~ '^[0-9a-f]{64}$'),
  content text NOT NULL
);
CREATE INDEX attachments_case_idx ON attachments (case_id);
