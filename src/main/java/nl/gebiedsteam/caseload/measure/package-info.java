/** The register of pressure and compulsion measures, Wvggz reports and the daily expiry job. */
package nl.gebiedsteam.caseload.measure;
