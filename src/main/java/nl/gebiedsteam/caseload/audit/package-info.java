/** The NEN 7513-style access log: who did what to whose file, when, from where, and whether it was allowed. */
package nl.gebiedsteam.caseload.audit;
