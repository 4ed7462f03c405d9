/** Referrals to care providers, the consents they rest on, waiting times, and the provider reference list. */
package nl.gebiedsteam.caseload.referral;
