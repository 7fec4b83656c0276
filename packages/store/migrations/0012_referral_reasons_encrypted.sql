-- A referral's consent-override reason and its status reason (why it was rejected or revoked) are
-- free text about a victim, encrypted from this version like the referral's note
-- (rk1:<key id>:…, the column name as associated data). Rows and history entries written before
-- are encrypted when the store next opens (packages/store/src/cases/encrypt-referral-reasons.ts);
-- from now on a reason in clear is refused. NOT VALID: the rows from before are checked by that
-- upgrade, which validates both constraints once it has encrypted them.
ALTER TABLE referrals ADD CONSTRAINT referrals_consent_override_reason_encrypted
  CHECK (consent_override_reason IS NULL OR consent_override_reason LIKE 'rk1:%') NOT VALID;
ALTER TABLE referrals ADD CONSTRAINT referrals_status_reason_encrypted
  CHECK (status_reason IS NULL OR status_reason LIKE 'rk1:%') NOT VALID;
