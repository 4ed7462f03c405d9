-- DEMO DATA ONLY. The administrators and the privacy officer must log in with a second factor
-- (TOTP). So the demo works at once, they get fixed, published keys; add one to an authenticator
-- app (or run `oathtool --totp -b <key>`) to log in as that worker. Never use such keys in production.
UPDATE worker SET totp_secret = 'DEMOGERRITBEHEERDEMOGERRITBEHEER', totp_enabled_at = UTC_TIMESTAMP(6)
 WHERE login_name = 'gerrit.beheer';
UPDATE worker SET totp_secret = 'DEMOKARELBEHEERDEMOKARELBEHEERAA', totp_enabled_at = UTC_TIMESTAMP(6)
 WHERE login_name = 'karel.beheer';
UPDATE worker SET totp_secret = 'DEMOHANNAPRIVACYDEMOHANNAPRIVACY', totp_enabled_at = UTC_TIMESTAMP(6)
 WHERE login_name = 'hanna.privacy';
