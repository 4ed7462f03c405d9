/** Roles, login with lockout, the identity store and authentication mechanism, the caller, need-to-know rules, response headers. */
package nl.gebiedsteam.caseload.security;
