-- Prosecution: the configurable legal catalogue of offences, criminal cases with their victims,
-- suspects and charged offences (many-to-many), the proceeding's stages and the outcome per suspect.

CREATE TABLE offence_catalogue (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  code text NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9_.-]{1,80}$'),
  country_code text NOT NULL DEFAULT 'KH' CHECK (country_code ~ '^[A-Z]{2}$'),
  statute text NOT NULL,
  article text,
  -- false when the article number was not confirmed against the official text: review before use.
  article_verified boolean NOT NULL DEFAULT false,
  label_en text NOT NULL,
  label_km text,
  category text NOT NULL CHECK (category IN ('trafficking', 'sexual_exploitation', 'child_prostitution', 'rape', 'illegal_adoption', 'sex_with_minor_under_15', 'indecent_act_against_minor', 'child_pornography', 'other')),
  active boolean NOT NULL DEFAULT true
);

-- Seed. Statute abbreviations: LSHTSE = Law on Suppression of Human Trafficking and Sexual
-- Exploitation (NS/RKM/0208/005, 15 February 2008); CC = Criminal Code of the Kingdom of Cambodia (2009).
-- article_verified = true only where the article number is confirmed by the research notes
-- (../shared/research/case-management-anchors.md §5); every other number is a best recollection
-- to be checked against the official Khmer text, or left NULL when unknown.
INSERT INTO offence_catalogue (code, statute, article, article_verified, label_en, label_km, category) VALUES
  ('KH.LSHTSE2008.10', 'LSHTSE 2008', '10', true, 'Unlawful removal with purpose', NULL, 'trafficking'),
  -- unverified: article 11 is believed to be unlawful removal for cross-border transfer
  ('KH.LSHTSE2008.11', 'LSHTSE 2008', '11', false, 'Unlawful removal for cross-border transfer', NULL, 'trafficking'),
  -- unverified: article 12 is believed to be unlawful recruitment for exploitation
  ('KH.LSHTSE2008.12', 'LSHTSE 2008', '12', false, 'Unlawful recruitment for exploitation', NULL, 'trafficking'),
  -- unverified: articles 13–15 are believed to cover the sale, buying or exchange of a person
  ('KH.LSHTSE2008.15', 'LSHTSE 2008', '15', false, 'Sale, buying or exchange of a person with purpose', NULL, 'trafficking'),
  ('KH.LSHTSE2008.25', 'LSHTSE 2008', '25', true, 'Procurement of prostitution', NULL, 'sexual_exploitation'),
  ('KH.LSHTSE2008.30', 'LSHTSE 2008', '30', true, 'Management of an establishment for prostitution', NULL, 'sexual_exploitation'),
  ('KH.LSHTSE2008.34', 'LSHTSE 2008', '34', true, 'Purchase of child prostitution', NULL, 'child_prostitution'),
  ('KH.LSHTSE2008.35', 'LSHTSE 2008', '35', true, 'Soliciting child prostitution', NULL, 'child_prostitution'),
  ('KH.LSHTSE2008.42', 'LSHTSE 2008', '42', true, 'Sexual intercourse with a minor under 15 years', NULL, 'sex_with_minor_under_15'),
  ('KH.LSHTSE2008.43', 'LSHTSE 2008', '43', true, 'Indecent act against a minor under 15 years', NULL, 'indecent_act_against_minor'),
  -- unverified: the child-pornography articles of chapter 6 were not confirmed; number left NULL
  ('KH.LSHTSE2008.CHILD_PORNOGRAPHY', 'LSHTSE 2008', NULL, false, 'Production or distribution of child pornography', NULL, 'child_pornography'),
  -- unverified: article 239 is believed to define rape
  ('KH.CC2009.239', 'CC 2009', '239', false, 'Rape', 'ការរំលោភសេពសន្ថវៈ', 'rape'),
  -- unverified: article 250 is believed to be sexual harassment
  ('KH.CC2009.250', 'CC 2009', '250', false, 'Sexual harassment (of a minor)', NULL, 'indecent_act_against_minor'),
  -- unverified: the Criminal Code articles on illegal adoption and the sale of children were not confirmed
  ('KH.CC2009.ILLEGAL_ADOPTION', 'CC 2009', NULL, false, 'Illegal adoption or sale of a child', NULL, 'illegal_adoption');

CREATE TABLE criminal_cases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  police_reference text,
  court_reference text,
  unit text,
  province_code text,
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  offence_date date,
  current_stage text CHECK (current_stage IN ('complaint', 'investigation', 'arrest', 'charge', 'trial', 'verdict', 'appeal')),
  summary text
);
CREATE INDEX criminal_cases_province_idx ON criminal_cases (province_code);

CREATE TABLE criminal_case_parties (
  criminal_case_id uuid NOT NULL REFERENCES criminal_cases (id),
  person_id uuid NOT NULL REFERENCES persons (id),
  role text NOT NULL CHECK (role IN ('victim', 'suspect')),
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (criminal_case_id, person_id, role)
);
CREATE INDEX criminal_case_parties_person_idx ON criminal_case_parties (person_id);

CREATE TABLE criminal_case_offences (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  criminal_case_id uuid NOT NULL REFERENCES criminal_cases (id),
  offence_id uuid NOT NULL REFERENCES offence_catalogue (id),
  suspect_person_id uuid REFERENCES persons (id),
  victim_person_id uuid REFERENCES persons (id),
  added_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX criminal_case_offences_case_idx ON criminal_case_offences (criminal_case_id);

CREATE TABLE proceeding_stages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  criminal_case_id uuid NOT NULL REFERENCES criminal_cases (id),
  stage text NOT NULL CHECK (stage IN ('complaint', 'investigation', 'arrest', 'charge', 'trial', 'verdict', 'appeal')),
  occurred_on date NOT NULL,
  recorded_by_user_id uuid REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  note text
);
CREATE INDEX proceeding_stages_case_idx ON proceeding_stages (criminal_case_id, stage, occurred_on);

CREATE TABLE suspect_outcomes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  criminal_case_id uuid NOT NULL REFERENCES criminal_cases (id),
  person_id uuid NOT NULL REFERENCES persons (id),
  outcome text NOT NULL CHECK (outcome IN ('convicted', 'acquitted', 'dismissed')),
  decided_on date NOT NULL,
  sentence_months integer CHECK (sentence_months >= 0),
  fine_amount bigint CHECK (fine_amount >= 0),
  compensation_amount bigint CHECK (compensation_amount >= 0),
  currency text NOT NULL DEFAULT 'KHR' CHECK (currency ~ '^[A-Z]{3}$'),
  UNIQUE (criminal_case_id, person_id)
);
