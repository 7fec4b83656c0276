-- TOTP replay protection: the last RFC 6238 time step (floor(unix seconds / 30)) for which a code
-- of the user was accepted. The server accepts a code only for a later step, so a code seen once
-- (over a shoulder, in a proxy's log) cannot be used a second time within its validity window.
-- NULL: no code accepted yet.
ALTER TABLE users ADD COLUMN totp_last_step bigint CHECK (totp_last_step >= 0);
