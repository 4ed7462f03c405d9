/**
 * Who is acting, as every feature needs it: roles, the caller, the caller's source and password
 * hashing. Part of the base, so the access log and the worker administration can use it without
 * depending on the authentication in {@code security}.
 */
package nl.gebiedsteam.caseload.shared.identity;
