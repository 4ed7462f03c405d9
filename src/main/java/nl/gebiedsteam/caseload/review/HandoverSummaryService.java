package nl.gebiedsteam.caseload.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.client.ClientFile;
import nl.gebiedsteam.caseload.client.ClientService;
import nl.gebiedsteam.caseload.contact.ContactRow;
import nl.gebiedsteam.caseload.contact.ContactService;
import nl.gebiedsteam.caseload.document.DocumentRow;
import nl.gebiedsteam.caseload.document.DocumentService;
import nl.gebiedsteam.caseload.measure.ExpiryStatus;
import nl.gebiedsteam.caseload.measure.MeasureRow;
import nl.gebiedsteam.caseload.measure.MeasureService;
import nl.gebiedsteam.caseload.note.JournalNoteRow;
import nl.gebiedsteam.caseload.note.JournalNoteService;
import nl.gebiedsteam.caseload.pathway.PathwayService;
import nl.gebiedsteam.caseload.pathway.PathwayView;
import nl.gebiedsteam.caseload.pathway.PlanService;
import nl.gebiedsteam.caseload.pathway.PlanStatus;
import nl.gebiedsteam.caseload.pathway.PlanVersion;
import nl.gebiedsteam.caseload.referral.ConsentRow;
import nl.gebiedsteam.caseload.referral.ReferralRow;
import nl.gebiedsteam.caseload.referral.ReferralService;
import nl.gebiedsteam.caseload.referral.ReferralStatus;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.identity.Role;

/**
 * The handover summary ("overdrachtsverslag", issue 24): a printable digest of one file for the
 * colleague who takes it over. It reads nothing itself: every part comes from the service that
 * owns it, so the need-to-know gate, the note levels and the justice-data rule are checked, and
 * each read logged, exactly as on the part's own page (documents too: a measure's documents only
 * for who may read measures). Measures are asked for only when
 * {@link MeasureService#access} says the reader may read them, so a colleague's print leaves no
 * refusal in the log. The print itself is one PRINT line.
 */
@Stateless
@RolesAllowed({Role.CASEWORKER_NAME, Role.TEAM_LEAD_NAME})
public class HandoverSummaryService {

    static final String OBJECT = "handover_summary";
    /** How many of the latest contacts and journal notes the summary shows. */
    static final int LATEST = 5;
    /** A referral still running at the provider (the same two states WaitingTimes counts as running). */
    private static final Set<ReferralStatus> OPEN_REFERRALS = Set.of(ReferralStatus.IN_PROGRESS,
            ReferralStatus.ACCEPTED);

    @Inject
    ClientService clients;

    @Inject
    PathwayService pathways;

    @Inject
    PlanService plans;

    @Inject
    ReferralService referrals;

    @Inject
    MeasureService measureService;

    @Inject
    ContactService contacts;

    @Inject
    JournalNoteService notes;

    @Inject
    DocumentService documentService;

    @Inject
    AccessLog accessLog;

    /** The summary of one file; a file the caller may not see is refused by the first read. */
    public HandoverSummary summary(long clientId) {
        ClientFile file = clients.view(clientId);
        Optional<PathwayView> pathway = pathways.current(clientId);
        PlanVersion plan = pathway.flatMap(p -> planInForce(plans.versions(p.id()))).orElse(null);
        List<ReferralRow> openReferrals = referrals.list(clientId).stream()
                .filter(r -> OPEN_REFERRALS.contains(r.status())).toList();
        List<ConsentRow> activeConsents = referrals.consents(clientId).stream().filter(ConsentRow::isActive).toList();
        boolean mayReadMeasures = measureService.access(clientId).mayRead();
        List<MeasureRow> measures = mayReadMeasures
                ? measureService.list(clientId).stream().filter(m -> m.expiry() != ExpiryStatus.ENDED).toList()
                : List.of();
        List<ContactRow> lastContacts = contacts.list(clientId, 0, LATEST);
        List<JournalNoteRow> lastNotes = notes.list(clientId).stream().limit(LATEST).toList();
        // all of them, not the latest few: the next caseworker needs to know which papers the file holds
        List<DocumentRow> documents = documentService.list(clientId);
        accessLog.success(AccessEvent.PRINT, clientId, OBJECT, mayReadMeasures ? "justice" : null,
                "handover summary; referrals=" + openReferrals.size() + "; measures="
                        + (mayReadMeasures ? String.valueOf(measures.size()) : "restricted") + "; contacts="
                        + lastContacts.size() + "; notes=" + lastNotes.size() + "; documents=" + documents.size());
        return new HandoverSummary(file, LocalDate.now(Times.DISPLAY_ZONE), pathway.orElse(null), plan, openReferrals,
                activeConsents, mayReadMeasures, measures, lastContacts, lastNotes, documents);
    }

    /**
     * The plan in force: the newest agreed version (a newer draft does not replace it until the
     * team lead approves it), or else the draft when nothing was agreed yet.
     */
    static Optional<PlanVersion> planInForce(List<PlanVersion> newestFirst) {
        return newestFirst.stream().filter(v -> v.status() == PlanStatus.AGREED).findFirst()
                .or(() -> newestFirst.stream().filter(v -> v.status() == PlanStatus.DRAFT).findFirst());
    }
}
