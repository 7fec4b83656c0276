-- Services a victim receives (HTCDS support plan, Primero's services subform): delivered by the
-- case's organisation or another one, through a referral or not, planned and then delivered or
-- not (with the reason). Referrals say who was asked; services say what the person received.
CREATE TABLE case_services (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  case_id uuid NOT NULL REFERENCES cases (id),
  service_type text NOT NULL,
  provider_organisation_id uuid REFERENCES organisations (id),
  referral_id uuid REFERENCES referrals (id),
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'delivered', 'not_delivered', 'cancelled')),
  planned_on date,
  delivered_on date,
  not_delivered_reason text CHECK (
    not_delivered_reason IS NULL
    OR not_delivered_reason IN ('declined_by_person', 'service_unavailable', 'not_applicable', 'received_elsewhere', 'other')
  ),
  note text,
  created_by_user_id uuid REFERENCES users (id),
  CHECK (status <> 'delivered' OR delivered_on IS NOT NULL),
  CHECK (status = 'not_delivered' OR not_delivered_reason IS NULL),
  CHECK (delivered_on IS NULL OR planned_on IS NULL OR delivered_on >= planned_on)
);
CREATE INDEX case_services_case_idx ON case_services (case_id);

-- A trafficking event recorded in error is withdrawn, not deleted: it leaves the case's timeline,
-- and its history (who withdrew it, when, why) stays.
ALTER TABLE trafficking_events ADD COLUMN removed_at timestamptz;
ALTER TABLE trafficking_events ADD COLUMN removal_reason text;

-- An account given a temporary password (created, or reset by an administrator) must choose its
-- own at the next sign-in before it can do anything else.
ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;

-- Screening suggestions and the case page read the tips linked to a case.
CREATE INDEX reports_linked_case_idx ON reports (linked_case_id) WHERE linked_case_id IS NOT NULL;
