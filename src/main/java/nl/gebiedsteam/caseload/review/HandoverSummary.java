package nl.gebiedsteam.caseload.review;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.gebiedsteam.caseload.client.ClientFile;
import nl.gebiedsteam.caseload.contact.ContactRow;
import nl.gebiedsteam.caseload.document.DocumentRow;
import nl.gebiedsteam.caseload.measure.MeasureRow;
import nl.gebiedsteam.caseload.note.JournalNoteRow;
import nl.gebiedsteam.caseload.pathway.PathwayView;
import nl.gebiedsteam.caseload.pathway.PlanVersion;
import nl.gebiedsteam.caseload.referral.ConsentRow;
import nl.gebiedsteam.caseload.referral.ReferralRow;

/**
 * The handover summary of one file as it is printed: each part exactly as its own feature let the
 * reader see it. {@code pathway} and {@code plan} are null when there is none; {@code measures} is
 * empty and {@code mayReadMeasures} false for a reader who may not read measures, whose summary
 * says only that they exist for the responsible caseworker and the team lead. {@code documents}
 * are those the reader may see (a measure's documents only with the measures), newest first.
 */
public record HandoverSummary(ClientFile file, LocalDate printedOn, PathwayView pathway, PlanVersion plan,
        List<ReferralRow> openReferrals, List<ConsentRow> activeConsents, boolean mayReadMeasures,
        List<MeasureRow> measures, List<ContactRow> lastContacts, List<JournalNoteRow> lastNotes,
        List<DocumentRow> documents) implements Serializable {
}
