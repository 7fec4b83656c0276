-- When a change took effect, as its writer stated it: a case opened, a referral answered, a status
-- decided or a case closed on a past date (data moved from a spreadsheet, a step recorded after the
-- fact). NULL when the change took effect when it was written. changed_at stays the time of writing.
ALTER TABLE record_history ADD COLUMN effective_at timestamptz;
