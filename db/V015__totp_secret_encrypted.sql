-- Issue 23: second-factor secrets are stored encrypted (AES-GCM, key from configuration): "v1:" and
-- the Base64 of nonce, ciphertext and tag, longer than the plain 32-character secret.
ALTER TABLE worker MODIFY COLUMN totp_secret VARCHAR(120) NULL;
