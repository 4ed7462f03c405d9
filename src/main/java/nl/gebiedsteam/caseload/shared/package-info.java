/** What every feature leans on: base entity and audit columns, data source, schema migration, time, errors. */
package nl.gebiedsteam.caseload.shared;
