-- Issue 14: a second factor at login (TOTP, RFC 6238). Required for the privacy officer and the
-- functional administrator, optional for everyone else. The secret is the worker's authenticator
-- key (Base32); the last step stops a code from being used twice. An administrator's password
-- reset also clears the second factor, so a worker who lost their phone enrols again.
ALTER TABLE worker
    ADD COLUMN totp_secret     VARCHAR(32) NULL,
    ADD COLUMN totp_last_step  BIGINT      NULL,
    ADD COLUMN totp_enabled_at DATETIME(6) NULL;
