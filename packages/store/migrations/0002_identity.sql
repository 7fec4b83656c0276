-- Organisations, teams, users and sessions. Passwords arrive already hashed (argon2id, by the
-- server); TOTP secrets are encrypted by the store; sessions keep only a SHA-256 of the token.

CREATE TABLE organisations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  name text NOT NULL,
  short_name text,
  kind text NOT NULL CHECK (kind IN ('government', 'ngo', 'police', 'court', 'shelter', 'health', 'legal_aid', 'hotline', 'international', 'platform')),
  country_code text NOT NULL DEFAULT 'KH' CHECK (country_code ~ '^[A-Z]{2}$'),
  province_code text,
  phone text,
  email text,
  active boolean NOT NULL DEFAULT true
);
CREATE UNIQUE INDEX organisations_name_idx ON organisations (lower(name));

CREATE TABLE teams (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  name text NOT NULL,
  UNIQUE (organisation_id, name)
);

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  login text NOT NULL,
  display_name text NOT NULL,
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  team_id uuid REFERENCES teams (id),
  roles text[] NOT NULL CHECK (
    cardinality(roles) >= 1 AND roles <@ ARRAY['system_admin', 'org_admin', 'supervisor', 'case_worker', 'hotline_operator', 'investigator', 'referral_recipient', 'analyst']::text[]
  ),
  password_hash text NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
  failed_login_count integer NOT NULL DEFAULT 0 CHECK (failed_login_count >= 0),
  locked_until timestamptz,
  totp_secret text,
  disabled boolean NOT NULL DEFAULT false,
  last_login_at timestamptz
);
CREATE UNIQUE INDEX users_login_idx ON users (lower(login));

CREATE TABLE sessions (
  token_hash text PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  ip text,
  second_factor_done boolean NOT NULL DEFAULT false
);
CREATE INDEX sessions_user_idx ON sessions (user_id);
