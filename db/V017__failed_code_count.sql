-- Issue 23: wrong second-factor codes have a counter of their own, apart from wrong passwords, so
-- code guessing by someone who has the password is limited, locked and logged as such.
ALTER TABLE worker ADD COLUMN failed_code_count INT NOT NULL DEFAULT 0;
