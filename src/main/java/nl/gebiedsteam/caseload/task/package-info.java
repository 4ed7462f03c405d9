/** Tasks with a due date, created by the measures register and Wvggz reports. */
package nl.gebiedsteam.caseload.task;
