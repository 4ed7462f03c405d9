-- DEMO DATA ONLY. A request waiting for the second administrator (issue 23): gerrit.beheer asked for
-- an account for a second privacy officer. It stays inactive, with no usable password ('!' matches
-- nothing), until karel.beheer approves; karel is then shown the one-time password the system makes
-- up. gerrit sees the request, but has no approve button and never learns a password.
SET @now = UTC_TIMESTAMP(6);

INSERT INTO worker (id, login_name, display_name, area_team_id, active, password_hash, password_must_change,
                    version, created_at, created_by, modified_at, modified_by) VALUES
 (12, 'ilse.privacy', 'Ilse Kramer', NULL, FALSE, '!', TRUE, 1, @now, 'gerrit.beheer', @now, 'gerrit.beheer');

INSERT INTO worker_role (worker_id, role) VALUES (12, 'PRIVACY_OFFICER');

INSERT INTO worker_change (worker_id, kind, worker_version, display_name, area_team_id, roles, active, status,
                           requested_by_id, requested_at, version, created_at, created_by, modified_at, modified_by)
VALUES (12, 'ACCESS', 1, 'Ilse Kramer', NULL, 'PRIVACY_OFFICER', TRUE, 'PENDING',
        7, @now, 1, @now, 'gerrit.beheer', @now, 'gerrit.beheer');
