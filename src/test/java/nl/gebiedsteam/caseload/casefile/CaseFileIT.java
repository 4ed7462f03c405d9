package nl.gebiedsteam.caseload.casefile;

import static nl.gebiedsteam.caseload.testsupport.TestData.ANNA_NOORD;
import static nl.gebiedsteam.caseload.testsupport.TestData.CARLA_NOORD_LEAD;
import static nl.gebiedsteam.caseload.testsupport.TestData.TEAM_NOORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import nl.gebiedsteam.caseload.client.ClientService;
import nl.gebiedsteam.caseload.client.ClientStatus;
import nl.gebiedsteam.caseload.client.FlagKind;
import nl.gebiedsteam.caseload.client.LegalGround;
import nl.gebiedsteam.caseload.client.Purpose;
import nl.gebiedsteam.caseload.contact.ContactKind;
import nl.gebiedsteam.caseload.contact.ContactService;
import nl.gebiedsteam.caseload.note.JournalNoteService;
import nl.gebiedsteam.caseload.note.NoteLevel;
import nl.gebiedsteam.caseload.pathway.ApprovalKind;
import nl.gebiedsteam.caseload.pathway.ClosureDetail;
import nl.gebiedsteam.caseload.pathway.ClosureOutcome;
import nl.gebiedsteam.caseload.pathway.GoalStatus;
import nl.gebiedsteam.caseload.pathway.IntakeForm;
import nl.gebiedsteam.caseload.pathway.IntakeService;
import nl.gebiedsteam.caseload.pathway.LifeDomain;
import nl.gebiedsteam.caseload.pathway.PathwayService;
import nl.gebiedsteam.caseload.pathway.PathwayStatus;
import nl.gebiedsteam.caseload.pathway.PathwayView;
import nl.gebiedsteam.caseload.pathway.PlanForm;
import nl.gebiedsteam.caseload.pathway.PlanService;
import nl.gebiedsteam.caseload.pathway.PlanStatus;
import nl.gebiedsteam.caseload.pathway.PlanVersion;
import nl.gebiedsteam.caseload.pathway.TransitionKind;
import nl.gebiedsteam.caseload.pathway.TransitionRow;
import nl.gebiedsteam.caseload.referral.ConsentPurpose;
import nl.gebiedsteam.caseload.referral.ProviderAdminService;
import nl.gebiedsteam.caseload.referral.ProviderKind;
import nl.gebiedsteam.caseload.referral.ReferralForm;
import nl.gebiedsteam.caseload.referral.ReferralRow;
import nl.gebiedsteam.caseload.referral.ReferralService;
import nl.gebiedsteam.caseload.referral.ReferralStatus;
import nl.gebiedsteam.caseload.shared.AccessDeniedException;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.ConcurrentEditException;
import nl.gebiedsteam.caseload.signal.ConcernLevel;
import nl.gebiedsteam.caseload.signal.SignalForm;
import nl.gebiedsteam.caseload.signal.SignalService;
import nl.gebiedsteam.caseload.signal.SignalSource;
import nl.gebiedsteam.caseload.signal.SignalStatus;
import nl.gebiedsteam.caseload.substance.InformationSource;
import nl.gebiedsteam.caseload.substance.Substance;
import nl.gebiedsteam.caseload.substance.SubstanceProfileForm;
import nl.gebiedsteam.caseload.substance.SubstanceService;
import nl.gebiedsteam.caseload.substance.UseFrequency;
import nl.gebiedsteam.caseload.substance.UseRoute;
import nl.gebiedsteam.caseload.testsupport.Deployments;
import nl.gebiedsteam.caseload.testsupport.Fixtures;
import nl.gebiedsteam.caseload.testsupport.Sql;
import nl.gebiedsteam.caseload.testsupport.TestData;
import nl.gebiedsteam.caseload.testsupport.TestLogin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The case file on the real stack: the pathway workflow with its approvals, intake, versioned
 * plan, contacts, substance profile, referrals with consent, signals with combined observations
 * and the timeline — and, for every one of those services, a caseworker of another team who is
 * refused and logged.
 */
@ExtendWith(ArquillianExtension.class)
class CaseFileIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestLogin().addClasses(CaseFileIT.class);
    }

    @Inject
    TestLogin login;

    @Inject
    ClientService clients;

    @Inject
    PathwayService pathways;

    @Inject
    IntakeService intakes;

    @Inject
    PlanService plans;

    @Inject
    ContactService contacts;

    @Inject
    JournalNoteService notes;

    @Inject
    SubstanceService substances;

    @Inject
    ReferralService referrals;

    @Inject
    ProviderAdminService providerAdmin;

    @Inject
    SignalService signals;

    @Inject
    TimelineService timeline;

    @Resource(lookup = "java:app/jdbc/caseload")
    DataSource dataSource;

    private final LocalDate today = LocalDate.now(nl.gebiedsteam.caseload.shared.Times.DISPLAY_ZONE);

    @Test
    void pathway_runsFromRegistrationToClosure_withTeamLeadApprovals() {
        login.as("anna.noord");
        long clientId = clients.register(TestData.client(TEAM_NOORD, ANNA_NOORD), false);
        long pathwayId = pathways.open(clientId, today.minusDays(20), Purpose.ADDICTION_SUPPORT, LegalGround.WMO_2015);
        assertEquals(ClientStatus.ACTIVE, clients.view(clientId).status());

        saveIntake(pathwayId);
        assertEquals(PathwayStatus.INTAKE, current(clientId).status());
        savePlan(pathwayId, "Minder blowen");
        assertEquals(PathwayStatus.PLAN_DRAFT, current(clientId).status());

        pathways.requestPlanApproval(pathwayId, current(clientId).version());
        assertEquals(ApprovalKind.PLAN, current(clientId).pendingApproval());
        long requested = current(clientId).version();
        assertThrows(AccessDeniedException.class, () -> pathways.approve(pathwayId, requested, null),
                "a caseworker cannot approve");
        login.as("eva.zuid");
        assertThrows(AccessDeniedException.class, () -> pathways.approve(pathwayId, requested, null),
                "the team lead of another team cannot approve");
        login.as("carla.noord");
        pathways.approve(pathwayId, requested, "Akkoord");
        assertEquals(PathwayStatus.PLAN_AGREED, current(clientId).status());
        assertEquals(PlanStatus.AGREED, plans.versions(pathwayId).get(0).status());

        login.as("anna.noord");
        move(clientId, PathwayStatus.ACTIVE, null);
        move(clientId, PathwayStatus.ESCALATED, "Terugval");
        move(clientId, PathwayStatus.ACTIVE, null);
        pathways.move(pathwayId, current(clientId).version(), PathwayStatus.AFTERCARE, null, today.plusMonths(3));
        assertEquals(ClientStatus.AFTERCARE, clients.view(clientId).status());

        pathways.requestClosure(pathwayId, current(clientId).version(), ClosureOutcome.COMPLETED_AS_PLANNED,
                ClosureDetail.GOALS_MET, "Doelen bereikt");
        login.as("carla.noord");
        pathways.sendBack(pathwayId, current(clientId).version(), "Eerst nazorggesprek voeren");
        assertEquals("Eerst nazorggesprek voeren", current(clientId).sentBackComment());
        login.as("anna.noord");
        pathways.requestClosure(pathwayId, current(clientId).version(), ClosureOutcome.COMPLETED_AS_PLANNED,
                ClosureDetail.GOALS_MET, "Nazorggesprek gevoerd");
        login.as("carla.noord");
        pathways.approve(pathwayId, current(clientId).version(), null);

        PathwayView closed = current(clientId);
        assertEquals(PathwayStatus.CLOSED, closed.status());
        assertEquals(today, closed.endDate());
        assertEquals(ClosureOutcome.COMPLETED_AS_PLANNED, closed.closureOutcome());
        assertEquals(ClientStatus.CLOSED, clients.view(clientId).status());

        List<TransitionRow> history = pathways.transitions(pathwayId);
        List<PathwayStatus> reached = new ArrayList<>(history.stream()
                .filter(t -> t.kind() == TransitionKind.TRANSITION).map(TransitionRow::toStatus).toList());
        Collections.reverse(reached); // the history lists newest first
        assertEquals(List.of(PathwayStatus.REGISTERED, PathwayStatus.INTAKE, PathwayStatus.PLAN_DRAFT,
                PathwayStatus.PLAN_AGREED, PathwayStatus.ACTIVE, PathwayStatus.ESCALATED, PathwayStatus.ACTIVE,
                PathwayStatus.AFTERCARE, PathwayStatus.CLOSED), reached);
        assertTrue(history.stream().anyMatch(t -> t.kind() == TransitionKind.SENT_BACK
                && "Eerst nazorggesprek voeren".equals(t.comment()) && "carla.noord".equals(t.workerLogin())));
        assertEquals(2, history.stream().filter(t -> t.kind() == TransitionKind.APPROVED).count());

        assertEquals("COMPLETED_AS_PLANNED/GOALS_MET/null", closures(pathwayId), "the closure is on record for reports");

        login.as("anna.noord");
        move(clientId, PathwayStatus.REOPENED, "Cliënt meldt zich opnieuw");
        move(clientId, PathwayStatus.ACTIVE, null);
        assertEquals(ClientStatus.ACTIVE, clients.view(clientId).status());
        assertNull(current(clientId).endDate(), "the file shows the pathway open again");
        assertEquals("COMPLETED_AS_PLANNED/GOALS_MET/" + today, closures(pathwayId),
                "the closure stays, dated by the reopening, so earlier reports do not change");
    }

    /** The pathway's closures as outcome/detail/reopened-on, oldest first, with the closure day checked. */
    private String closures(long pathwayId) {
        return String.join(",", Sql.rows(dataSource, "SELECT closed_on, closure_outcome, closure_detail, reopened_on "
                + "FROM pathway_closure WHERE pathway_id = ? ORDER BY id", row -> {
                    assertEquals(today, row.getObject(1, LocalDate.class));
                    return row.getString(2) + "/" + row.getString(3) + "/" + row.getObject(4, LocalDate.class);
                }, pathwayId));
    }

    /** Issue 23: a team lead who runs a file themselves asks another team lead, as any caseworker does. */
    @Test
    void teamLead_cannotApproveTheirOwnRequest() {
        login.as("carla.noord");
        long clientId = clients.register(TestData.client(TEAM_NOORD, CARLA_NOORD_LEAD), false);
        long pathwayId = planAwaitingApproval(clientId, "Eigen plan van de teamleider");
        assertFalse(current(clientId).mayApprove(), "no decision form for one's own request");
        long requested = current(clientId).version();
        assertEquals("pathway.approval.ownRequest", assertThrows(CaseloadException.class,
                () -> pathways.approve(pathwayId, requested, null)).getMessageKey());
        assertEquals(PathwayStatus.PLAN_DRAFT, current(clientId).status());
        assertTrue(Sql.exists(dataSource, "SELECT 1 FROM access_log WHERE worker_login = 'carla.noord' "
                + "AND outcome = 'DENIED' AND detail = ?", "approve own request PLAN; pathway=" + pathwayId));
    }

    @Test
    void workflow_refusesIllegalTransitions_atTheService() {
        login.as("anna.noord");
        long clientId = clients.register(TestData.client(TEAM_NOORD, ANNA_NOORD), false);
        long pathwayId = pathways.open(clientId, today, Purpose.ADDICTION_SUPPORT, LegalGround.WMO_2015);
        long version = current(clientId).version();
        CaseloadException illegal = assertThrows(CaseloadException.class,
                () -> pathways.move(pathwayId, version, PathwayStatus.ACTIVE, null, null));
        assertEquals("pathway.transition.illegal", illegal.getMessageKey());
        assertEquals("pathway.transition.needsApproval", assertThrows(CaseloadException.class,
                () -> pathways.move(pathwayId, version, PathwayStatus.CLOSED, null, null)).getMessageKey());
        assertEquals("pathway.closure.plannedOnlyFromAftercare", assertThrows(CaseloadException.class,
                () -> pathways.requestClosure(pathwayId, version, ClosureOutcome.COMPLETED_AS_PLANNED,
                        ClosureDetail.GOALS_MET, null)).getMessageKey());
        move(clientId, PathwayStatus.INTAKE, null);
        assertEquals("pathway.transition.intakeMissing", assertThrows(CaseloadException.class,
                () -> move(clientId, PathwayStatus.PLAN_DRAFT, null)).getMessageKey());
        assertEquals("pathway.alreadyOpen", assertThrows(CaseloadException.class,
                () -> pathways.open(clientId, today, Purpose.ADDICTION_SUPPORT, LegalGround.WMO_2015)).getMessageKey());
        assertEquals(PathwayStatus.INTAKE, current(clientId).status(), "a refused change leaves nothing behind");

        pathways.requestClosure(pathwayId, current(clientId).version(), ClosureOutcome.ENDED_EARLY, ClosureDetail.MOVED_AWAY, "Verhuisd");
        login.as("carla.noord");
        pathways.approve(pathwayId, current(clientId).version(), null);
        assertEquals(PathwayStatus.CLOSED, current(clientId).status());
        login.as("anna.noord");
        long second = pathways.open(clientId, today, Purpose.ADDICTION_SUPPORT, LegalGround.WMO_2015);
        assertTrue(pathways.history(clientId).stream().filter(p -> p.id() == second).findFirst().orElseThrow()
                .repeatRequest(), "a later pathway is a repeat request");
    }

    @Test
    void optimisticLocking_onPathwayAndPlan_reportsTheOtherEditor() {
        login.as("anna.noord");
        long clientId = clients.register(TestData.client(TEAM_NOORD, ANNA_NOORD), false);
        long pathwayId = pathways.open(clientId, today.minusDays(3), Purpose.ADDICTION_SUPPORT, LegalGround.WMO_2015);
        long stale = current(clientId).version();
        saveIntake(pathwayId);
        ConcurrentEditException pathwayConflict = assertThrows(ConcurrentEditException.class,
                () -> pathways.move(pathwayId, stale, PathwayStatus.PLAN_DRAFT, null, null));
        assertEquals("anna.noord", pathwayConflict.getModifiedBy());

        savePlan(pathwayId, "Eerste doel");
        PlanForm mine = plans.loadForEdit(pathwayId);
        login.as("bram.noord");
        PlanForm theirs = plans.loadForEdit(pathwayId);
        theirs.getGoals().get(0).setDescription("Bram zijn versie");
        plans.save(theirs);
        login.as("anna.noord");
        mine.getGoals().get(0).setDescription("Anna haar versie");
        ConcurrentEditException planConflict = assertThrows(ConcurrentEditException.class, () -> plans.save(mine));
        assertEquals("bram.noord", planConflict.getModifiedBy());
        assertEquals("Bram zijn versie", plans.versions(pathwayId).get(0).goals().get(0).description());
    }

    @Test
    void agreedPlan_changesIntoANewVersion_andOldVersionsStayReadable() {
        login.as("anna.noord");
        long clientId = clients.register(TestData.client(TEAM_NOORD, ANNA_NOORD), false);
        long pathwayId = planAwaitingApproval(clientId, "Versie een");
        login.as("carla.noord");
        pathways.approve(pathwayId, current(clientId).version(), null);
        login.as("anna.noord");

        PlanForm revision = plans.loadForEdit(pathwayId);
        assertEquals(2, revision.getPlanNumber());
        revision.getGoals().get(0).setStatus(GoalStatus.PARTLY);
        revision.addGoal().setDescription("Versie twee");
        revision.setClientAgreedOn(today);
        plans.save(revision);
        List<PlanVersion> versions = plans.versions(pathwayId);
        assertEquals(List.of(PlanStatus.DRAFT, PlanStatus.AGREED), versions.stream().map(PlanVersion::status).toList());

        pathways.requestPlanApproval(pathwayId, current(clientId).version());
        login.as("carla.noord");
        pathways.approve(pathwayId, current(clientId).version(), null);
        versions = plans.versions(pathwayId);
        assertEquals(List.of(PlanStatus.AGREED, PlanStatus.SUPERSEDED), versions.stream().map(PlanVersion::status).toList());
        assertEquals(1, versions.get(1).goals().size(), "the superseded version keeps its own goals");
        assertEquals(GoalStatus.OPEN, versions.get(1).goals().get(0).status());
        assertEquals(PathwayStatus.PLAN_AGREED, current(clientId).status());
    }

    @Test
    void referral_thatSharesData_needsConsentOrALoggedOverride() {
        long provider = provider();
        login.as("anna.noord");
        long clientId = clients.register(TestData.client(TEAM_NOORD, ANNA_NOORD), false);
        pathways.open(clientId, today.minusDays(60), Purpose.ADDICTION_SUPPORT, LegalGround.WMO_2015);

        ReferralForm withoutConsent = referral(provider, today.minusDays(50));
        assertEquals("referral.consent.required",
                assertThrows(CaseloadException.class, () -> referrals.refer(clientId, withoutConsent)).getMessageKey());
        assertTrue(referrals.list(clientId).isEmpty(), "nothing was saved");

        ReferralForm override = referral(provider, today.minusDays(50));
        override.setOverrideReason("Acuut gevaar, cliënt niet bereikbaar");
        long overridden = referrals.refer(clientId, override);
        assertTrue(Sql.exists(dataSource, "SELECT 1 FROM access_log WHERE client_id = ? AND event = 'CONSENT_OVERRIDE' "
                + "AND detail LIKE ?", clientId, "referral=" + overridden + ";%"));
        assertFalse(Sql.exists(dataSource, "SELECT 1 FROM access_log WHERE client_id = ? AND detail LIKE '%Acuut gevaar%'",
                clientId), "the typed reason stays with the referral, out of the unchangeable log (issue 23)");

        ReferralForm recorded = referral(provider, today.minusDays(10));
        recorded.setRecordConsent(true);
        recorded.setConsentGivenOn(today.minusDays(10));
        recorded.setConsentScope("Gegevens over middelengebruik en hulpvraag");
        referrals.refer(clientId, recorded);
        assertEquals(1, referrals.consents(clientId).size());
        ReferralForm coveredByConsent = referral(provider, today.minusDays(5));
        referrals.refer(clientId, coveredByConsent);
        assertEquals(1, referrals.consents(clientId).size(), "the consent on file covers the next referral");

        ReferralRow waiting = referrals.list(clientId).stream().filter(r -> r.id() == overridden).findFirst().orElseThrow();
        referrals.update(overridden, waiting.version(), today.minusDays(40), null, ReferralStatus.ACCEPTED, null);
        waiting = referrals.list(clientId).stream().filter(r -> r.id() == overridden).findFirst().orElseThrow();
        assertEquals(10, waiting.waiting().toIntake());
        assertEquals(40, waiting.waiting().toTreatment());
        assertEquals(50, waiting.waiting().total());
        assertTrue(waiting.waiting().flagged(), "50 days is past the 42-day threshold");

        assertThrows(SQLException.class, () -> Sql.execute(dataSource, "UPDATE referral SET consent_id = NULL, "
                + "consent_override_reason = NULL WHERE id = ?", overridden), "the database refuses it too");
    }

    @Test
    void combinedObservations_flagTheClient_atTheThirdSignalFromTwoSources() {
        login.as("anna.noord");
        long clientId = clients.register(TestData.client(TEAM_NOORD, ANNA_NOORD), false);
        signal(clientId, SignalSource.SCHOOL, 80);
        signal(clientId, SignalSource.SCHOOL, 40);
        assertTrue(clients.openFlags(clientId).isEmpty(), "two signals are not yet a combination");
        signal(clientId, SignalSource.POLICE, 1);
        assertEquals(List.of(FlagKind.COMBINED_OBSERVATIONS),
                clients.openFlags(clientId).stream().map(f -> f.kind()).toList());
        assertTrue(signals.teamFlagged().stream().anyMatch(f -> f.clientId() == clientId));
        signal(clientId, SignalSource.GP, 0);
        assertEquals(1, clients.openFlags(clientId).size(), "one open flag per kind");
    }

    @Test
    void clientFirsts_followEveryNewPathwayAndSignal_forTheAnnualReport() {
        login.as("anna.noord");
        long clientId = clients.register(TestData.client(TEAM_NOORD, ANNA_NOORD), false);
        assertEquals("null/null", firsts(clientId), "no pathway, no signal");
        signal(clientId, SignalSource.SCHOOL, 80);
        assertEquals("null/SCHOOL", firsts(clientId));
        signal(clientId, SignalSource.POLICE, 120);
        assertEquals("null/POLICE", firsts(clientId), "registered later, but received earlier: the first signal");
        signal(clientId, SignalSource.GP, 10);
        long pathwayId = pathways.open(clientId, today.minusDays(30), Purpose.ADDICTION_SUPPORT, LegalGround.WMO_2015);
        assertEquals(today.minusDays(30) + "/POLICE", firsts(clientId));
        move(clientId, PathwayStatus.INTAKE, null);
        pathways.requestClosure(pathwayId, current(clientId).version(), ClosureOutcome.ENDED_EARLY,
                ClosureDetail.MOVED_AWAY, "Verhuisd");
        login.as("carla.noord");
        pathways.approve(pathwayId, current(clientId).version(), null);
        login.as("anna.noord");
        pathways.open(clientId, today, Purpose.ADDICTION_SUPPORT, LegalGround.WMO_2015);
        assertEquals(today.minusDays(30) + "/POLICE", firsts(clientId), "a repeat request keeps the first start");
    }

    /** The client's first pathway start and first signal source, as kept on the client row for the report. */
    private String firsts(long clientId) {
        return Sql.rows(dataSource, "SELECT first_pathway_start, first_signal_source FROM client WHERE id = ?",
                row -> row.getObject(1, LocalDate.class) + "/" + row.getString(2), clientId).get(0);
    }

    @Test
    void unlinkedSignal_waitsOnTheTeamList_untilItIsLinked() {
        login.as("anna.noord");
        SignalForm form = signals.newForm();
        form.setSource(SignalSource.SCHOOL);
        form.setReceivedLocal(LocalDateTime.now().minusDays(400));
        form.setSummary("Leerling ruikt naar cannabis");
        form.setPersonName("Jongen, ± 15, 'Dani'");
        form.setPersonSchool("Corlaer College");
        long signalId = signals.register(form);
        assertEquals(signalId, signals.teamOpen(0, 5).get(0).id(), "the oldest waiting signal comes first");

        login.as("dirk.zuid");
        assertThrows(AccessDeniedException.class, () -> signals.view(signalId), "another team's unlinked signal");
        assertTrue(signals.teamOpen(0, 100).stream().noneMatch(s -> s.id() == signalId));

        login.as("anna.noord");
        signals.startReview(signalId, signals.view(signalId).version());
        long clientId = signals.registerClientAndLink(signalId, signals.view(signalId).version(),
                TestData.client(TEAM_NOORD, ANNA_NOORD), false);
        assertEquals(SignalStatus.LINKED, signals.view(signalId).status());
        assertEquals(clientId, signals.forClient(clientId).get(0).clientId());
        assertEquals("null/SCHOOL", firsts(clientId), "the linked signal is the client's first");
        assertTrue(signals.teamOpen(0, 100).stream().noneMatch(s -> s.id() == signalId));
    }

    @Test
    void timeline_mergesEveryPartOfTheFile_newestFirst_pagedAndFiltered() {
        long provider = provider();
        login.as("anna.noord");
        long clientId = clients.register(TestData.client(TEAM_NOORD, ANNA_NOORD), false);
        signal(clientId, SignalSource.SCHOOL, 30);
        long pathwayId = pathways.open(clientId, today.minusDays(25), Purpose.ADDICTION_SUPPORT, LegalGround.WMO_2015);
        saveIntake(pathwayId);
        savePlan(pathwayId, "Doel");
        contacts.add(clientId, LocalDateTime.now().minusDays(2), ContactKind.HOME_VISIT, 45, "Huisbezoek");
        ReferralForm form = referral(provider, today.minusDays(1));
        form.setSharesData(false);
        referrals.refer(clientId, form);
        notes.add(clientId, today, NoteLevel.TEAM, "Notitie voor het team");
        long measure = Fixtures.measure(dataSource, clientId);
        Fixtures.document(dataSource, clientId, "Brief van de school", "LETTER", today.minusDays(3), null);
        Fixtures.document(dataSource, clientId, "Vonnis politierechter", "COURT_RULING", today.minusDays(4), measure);
        Fixtures.voidDocument(dataSource, Fixtures.document(dataSource, clientId, "Brief aan een ander", "LETTER",
                today.minusDays(5), null));

        List<TimelineEntry> all = timeline.page(clientId, Set.of(), 0, 100);
        assertEquals(Set.of(TimelineKind.values()).size(),
                all.stream().map(TimelineEntry::kind).distinct().count(), "every kind appears");
        for (int i = 1; i < all.size(); i++) {
            assertFalse(all.get(i).moment().isAfter(all.get(i - 1).moment()), "newest first");
        }
        assertEquals(TimelineKind.SIGNAL, all.get(all.size() - 1).kind(), "the signal came first");
        assertEquals(all.size(), timeline.count(clientId, Set.of()));
        assertEquals(all.subList(2, 4), timeline.page(clientId, Set.of(), 2, 2));
        List<TimelineEntry> onlyContacts = timeline.page(clientId, Set.of(TimelineKind.CONTACT), 0, 10);
        assertEquals(1, onlyContacts.size());
        assertEquals("HOME_VISIT", onlyContacts.get(0).code1());
        List<TimelineEntry> documents = timeline.page(clientId, Set.of(TimelineKind.DOCUMENT), 0, 10);
        assertEquals(List.of("Brief van de school/LETTER/" + today.minusDays(3),
                "Vonnis politierechter/COURT_RULING/" + today.minusDays(4)), documents.stream()
                .map(e -> e.text1() + "/" + e.code1() + "/" + e.moment().toLocalDate()).toList(),
                "title and kind on the document's date; a voided document never");

        login.as("bram.noord");
        assertEquals(List.of("Brief van de school"), timeline.page(clientId, Set.of(TimelineKind.DOCUMENT), 0, 10)
                .stream().map(TimelineEntry::text1).toList(), "a colleague does not see the measure's document");
        assertEquals(all.size() - 1, timeline.count(clientId, Set.of()));
        assertTrue(timeline.page(clientId, Set.of(), 0, 100).stream()
                .noneMatch(e -> "Vonnis politierechter".equals(e.text1())), "nor in the unfiltered timeline");
        login.as("carla.noord");
        assertEquals(2, timeline.count(clientId, Set.of(TimelineKind.DOCUMENT)), "the team lead sees both");
    }

    @Test
    void substanceProfile_isHealthData_loggedOnEveryRead() {
        login.as("anna.noord");
        long clientId = clients.register(TestData.client(TEAM_NOORD, ANNA_NOORD), false);
        SubstanceProfileForm form = substances.load(clientId);
        form.setPrimarySubstance(Substance.CANNABIS);
        form.setSecondary(List.of(Substance.ALCOHOL, Substance.CANNABIS));
        form.setFrequency(UseFrequency.DAILY);
        form.setRoute(UseRoute.SMOKING);
        form.setAgeAtFirstUse(14);
        assertEquals("substance.icd10.onlyFromProvider", assertThrows(CaseloadException.class, () -> {
            form.setIcd10Code("F12.2");
            substances.save(form);
        }).getMessageKey());
        form.setInformationSource(InformationSource.PROVIDER);
        substances.save(form);
        SubstanceProfileForm read = substances.load(clientId);
        assertEquals(List.of(Substance.ALCOHOL), read.getSecondary(), "the primary is not also secondary");
        assertEquals("F12.2", read.getIcd10Code());
        assertTrue(Sql.number(dataSource, "SELECT COUNT(*) FROM access_log WHERE client_id = ? AND event = 'READ' "
                + "AND object_type = 'substance_profile' AND sensitivity = 'health'", clientId) >= 2);
    }

    @Test
    void caseworkerOfAnotherTeam_cannotReadOrChangeAnyPartOfTheFile() {
        long provider = provider();
        login.as("anna.noord");
        long clientId = clients.register(TestData.client(TEAM_NOORD, ANNA_NOORD), false);
        long pathwayId = pathways.open(clientId, today.minusDays(10), Purpose.ADDICTION_SUPPORT, LegalGround.WMO_2015);
        saveIntake(pathwayId);
        long contactId = contacts.add(clientId, LocalDateTime.now().minusHours(1), ContactKind.PHONE, 10, "Gebeld");
        ReferralForm form = referral(provider, today);
        form.setSharesData(false);
        long referralId = referrals.refer(clientId, form);
        long signalId = signal(clientId, SignalSource.GP, 5);
        long consentId = referrals.giveConsent(clientId, ConsentPurpose.REFERRAL, provider, "Alles", today);
        IntakeForm intake = intakes.load(pathwayId);
        PlanForm plan = plans.loadForEdit(pathwayId);
        SubstanceProfileForm profile = substances.load(clientId);

        login.as("dirk.zuid");
        List<Runnable> attempts = new ArrayList<>(List.of(
                () -> pathways.current(clientId),
                () -> pathways.history(clientId),
                () -> pathways.transitions(pathwayId),
                () -> pathways.open(clientId, today, Purpose.ADDICTION_SUPPORT, LegalGround.WMO_2015),
                () -> pathways.move(pathwayId, 1, PathwayStatus.PLAN_DRAFT, null, null),
                () -> pathways.requestPlanApproval(pathwayId, 1),
                () -> pathways.requestClosure(pathwayId, 1, ClosureOutcome.ENDED_EARLY, ClosureDetail.LOST_CONTACT, null),
                () -> intakes.load(pathwayId),
                () -> intakes.save(intake),
                () -> plans.loadForEdit(pathwayId),
                () -> plans.save(plan),
                () -> plans.versions(pathwayId),
                () -> contacts.list(clientId, 0, 10),
                () -> contacts.count(clientId),
                () -> contacts.add(clientId, LocalDateTime.now(), ContactKind.PHONE, 5, null),
                () -> contacts.voidContact(contactId, 1, "Vergissing"),
                () -> substances.load(clientId),
                () -> substances.save(profile),
                () -> referrals.list(clientId),
                () -> referrals.consents(clientId),
                () -> referrals.refer(clientId, form),
                () -> referrals.update(referralId, 1, null, null, ReferralStatus.REVOKED, null),
                () -> referrals.voidReferral(referralId, 1, "Vergissing"),
                () -> referrals.giveConsent(clientId, ConsentPurpose.REFERRAL, provider, "Alles", today),
                () -> referrals.withdrawConsent(consentId, 1, today),
                () -> signals.forClient(clientId),
                () -> signals.view(signalId),
                () -> signals.link(signalId, 1, clientId),
                () -> timeline.page(clientId, Set.of(), 0, 10),
                () -> timeline.count(clientId, Set.of()),
                () -> clients.openFlags(clientId)));
        long deniedBefore = denied(clientId);
        for (Runnable attempt : attempts) {
            assertThrows(AccessDeniedException.class, attempt::run);
        }
        assertEquals(deniedBefore + attempts.size(), denied(clientId), "every refusal is in the access log");
        assertFalse(Sql.exists(dataSource, "SELECT 1 FROM access_log WHERE client_id = ? AND worker_login = 'dirk.zuid' "
                + "AND outcome = 'SUCCESS'", clientId), "and nothing succeeded");
    }

    @Test
    void rolesWithoutClientAccess_areRefusedByEveryCaseFileService() {
        for (String login : List.of("fatima.beleid", "gerrit.beheer", "hanna.privacy")) {
            this.login.as(login);
            List<Runnable> attempts = List.of(() -> pathways.current(1L), () -> intakes.load(1L),
                    () -> plans.versions(1L), () -> contacts.list(1L, 0, 5), () -> substances.load(1L),
                    () -> referrals.list(1L), () -> signals.teamOpen(0, 5), () -> timeline.page(1L, Set.of(), 0, 5));
            for (Runnable attempt : attempts) {
                assertThrows(EJBAccessException.class, attempt::run, login);
            }
        }
    }

    private long denied(long clientId) {
        return Sql.number(dataSource, "SELECT COUNT(*) FROM access_log WHERE client_id = ? AND outcome = 'DENIED' "
                + "AND worker_login = 'dirk.zuid'", clientId);
    }

    private PathwayView current(long clientId) {
        return pathways.current(clientId).orElseThrow();
    }

    private void move(long clientId, PathwayStatus to, String comment) {
        PathwayView view = current(clientId);
        pathways.move(view.id(), view.version(), to, comment, null);
    }

    /** A pathway opened 30 days ago, with intake and a plan of one goal, offered for approval. */
    private long planAwaitingApproval(long clientId, String goal) {
        long pathwayId = pathways.open(clientId, today.minusDays(30), Purpose.ADDICTION_SUPPORT, LegalGround.WMO_2015);
        saveIntake(pathwayId);
        savePlan(pathwayId, goal);
        pathways.requestPlanApproval(pathwayId, current(clientId).version());
        return pathwayId;
    }

    private void saveIntake(long pathwayId) {
        IntakeForm intake = intakes.load(pathwayId);
        intake.setPlace("Gebiedsteamkantoor Noord");
        intake.setNotes("Wil minder gebruiken");
        intake.domain(LifeDomain.SUBSTANCE_USE).setDiscussed(true);
        intake.domain(LifeDomain.SUBSTANCE_USE).setScore(2);
        intake.domain(LifeDomain.HOUSING).setDiscussed(true);
        intakes.save(intake);
    }

    private void savePlan(long pathwayId, String goal) {
        PlanForm plan = plans.loadForEdit(pathwayId);
        plan.getGoals().get(0).setDescription(goal);
        plan.getGoals().get(0).setOwner("cliënt");
        plan.setReviewDate(today.plusMonths(2));
        plan.setClientAgreedOn(today);
        plans.save(plan);
    }

    private long signal(long clientId, SignalSource source, int daysAgo) {
        SignalForm form = signals.newForm();
        form.setClientId(clientId);
        form.setSource(source);
        form.setReceivedLocal(LocalDateTime.now(nl.gebiedsteam.caseload.shared.Times.DISPLAY_ZONE).minusDays(daysAgo)
                .minusMinutes(1));
        form.setSummary("Zorgen over gebruik");
        form.setConcernLevel(ConcernLevel.MODERATE);
        return signals.register(form);
    }

    private ReferralForm referral(long providerId, LocalDate on) {
        ReferralForm form = new ReferralForm();
        form.setProviderId(providerId);
        form.setReferredOn(on);
        return form;
    }

    private long provider() {
        login.as("gerrit.beheer");
        long id = providerAdmin.create(TestData.unique("Verslavingszorg test "), ProviderKind.ADDICTION_CARE);
        assertNotNull(id);
        return id;
    }
}
