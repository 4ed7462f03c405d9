package nl.gebiedsteam.caseload.pathway;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.client.Client;
import nl.gebiedsteam.caseload.client.ClientFirsts;
import nl.gebiedsteam.caseload.client.ClientScope;
import nl.gebiedsteam.caseload.client.LegalGround;
import nl.gebiedsteam.caseload.client.Purpose;
import nl.gebiedsteam.caseload.security.AccessRules;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.Persistence;
import nl.gebiedsteam.caseload.shared.Text;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.identity.Caller;
import nl.gebiedsteam.caseload.shared.identity.Role;

/**
 * The support pathway: opening one, moving it along the workflow, and the approval round trip
 * (a caseworker requests plan agreement or closure; a team lead of the pathway's team approves
 * or sends it back with a comment). Every change is checked against the version the user saw
 * and recorded as a transition.
 */
@Stateless
@RolesAllowed({Role.CASEWORKER_NAME, Role.TEAM_LEAD_NAME})
public class PathwayService {

    static final String OBJECT = "pathway";
    static final int COMMENT_MIN = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    ClientScope scope;

    @Inject
    PathwayGuard guard;

    @Inject
    AccessLog accessLog;

    /** Opens a pathway for a client without an open one; a later pathway is a repeat request. */
    public long open(long clientId, LocalDate startDate, Purpose purpose, LegalGround legalGround) {
        Client client = scope.require(clientId, AccessEvent.CREATE, OBJECT);
        LocalDate today = LocalDate.now(Times.DISPLAY_ZONE);
        if (startDate == null || startDate.isAfter(today)) {
            throw new CaseloadException("pathway.start.invalid");
        }
        if (purpose == null || legalGround == null) {
            throw new CaseloadException("pathway.purpose.required");
        }
        if (!openPathway(clientId).isEmpty()) {
            throw new CaseloadException("pathway.alreadyOpen");
        }
        boolean repeat = em.createNamedQuery("Pathway.countByClient", Long.class).setParameter("clientId", clientId)
                .getSingleResult() > 0;
        Pathway pathway = new Pathway(client, client.getTeam(), client.getResponsible(), startDate, repeat, purpose,
                legalGround);
        em.persist(pathway);
        Persistence.flush(em, "pathway.alreadyOpen"); // the unique open-pathway column catches a parallel request
        guard.record(pathway, TransitionKind.TRANSITION, null, PathwayStatus.REGISTERED, null);
        guard.syncClientStatus(client);
        ClientFirsts.refresh(em, clientId);
        accessLog.success(AccessEvent.CREATE, clientId, OBJECT, "pathway=" + pathway.getId() + "; repeat=" + repeat);
        return pathway.getId();
    }

    /** The open pathway, or else the most recent one; empty when the client never had one. */
    public Optional<PathwayView> current(long clientId) {
        Caller caller = currentCaller(clientId);
        List<Pathway> pathways = em.createNamedQuery("Pathway.findByClient", Pathway.class)
                .setParameter("clientId", clientId).getResultList();
        Optional<Pathway> current = pathways.stream().filter(p -> p.getStatus().isOpen()).findFirst()
                .or(() -> pathways.stream().findFirst());
        accessLog.success(AccessEvent.READ, clientId, OBJECT, current.map(p -> "pathway=" + p.getId()).orElse("none"));
        return current.map(p -> toView(caller, p));
    }

    /** All pathways of the client, newest first. */
    public List<PathwayView> history(long clientId) {
        Caller caller = currentCaller(clientId);
        List<PathwayView> views = em.createNamedQuery("Pathway.findByClient", Pathway.class)
                .setParameter("clientId", clientId).getResultStream().map(p -> toView(caller, p)).toList();
        accessLog.success(AccessEvent.READ, clientId, OBJECT, "history; pathways=" + views.size());
        return views;
    }

    public List<TransitionRow> transitions(long pathwayId) {
        Pathway pathway = guard.require(pathwayId, AccessEvent.READ, OBJECT);
        List<TransitionRow> rows = em.createNamedQuery("PathwayTransition.findByPathway", PathwayTransition.class)
                .setParameter("pathwayId", pathwayId).getResultStream()
                .map(t -> new TransitionRow(t.getKind(), t.getFromStatus(), t.getToStatus(), t.getOccurredAt(),
                        t.getWorkerLogin(), t.getComment()))
                .toList();
        accessLog.success(AccessEvent.READ, pathway.getClient().getId(), OBJECT, "transitions; pathway=" + pathwayId);
        return rows;
    }

    /**
     * A transition the caseworker makes directly (not one that needs approval). Moving to
     * aftercare needs the aftercare review date; leaving intake needs an intake on record.
     */
    public void move(long pathwayId, long version, PathwayStatus to, String comment, LocalDate aftercareReviewDate) {
        Pathway pathway = guard.require(pathwayId, AccessEvent.UPDATE, OBJECT);
        pathway.checkVersion(version);
        PathwayWorkflow.check(pathway.getStatus(), to);
        if (PathwayWorkflow.requiresApproval(to)) {
            throw new CaseloadException("pathway.transition.needsApproval");
        }
        if (pathway.getPendingApproval() != null) {
            throw new CaseloadException("pathway.transition.pendingApproval");
        }
        if (to == PathwayStatus.PLAN_DRAFT && findIntake(pathwayId).isEmpty()) {
            throw new CaseloadException("pathway.transition.intakeMissing");
        }
        if (to == PathwayStatus.AFTERCARE) {
            if (aftercareReviewDate == null || aftercareReviewDate.isBefore(LocalDate.now(Times.DISPLAY_ZONE))) {
                throw new CaseloadException("pathway.aftercare.reviewDateRequired");
            }
            pathway.setAftercareReviewDate(aftercareReviewDate);
        }
        if (to == PathwayStatus.REOPENED) {
            requireComment(comment);
            if (!openPathway(pathway.getClient().getId()).isEmpty()) {
                throw new CaseloadException("pathway.alreadyOpen");
            }
            PathwayStatus from = pathway.getStatus();
            pathway.reopen();
            em.createNativeQuery("""
                    UPDATE pathway_closure SET reopened_on = ?1 WHERE pathway_id = ?2
                    AND reopened_on IS NULL""").setParameter(1, LocalDate.now(Times.DISPLAY_ZONE))
                    .setParameter(2, pathwayId).executeUpdate();
            guard.record(pathway, TransitionKind.TRANSITION, from, PathwayStatus.REOPENED, Text.blankToNull(comment));
            guard.syncClientStatus(pathway.getClient());
        } else {
            guard.move(pathway, to, Text.blankToNull(comment));
        }
        Persistence.flush(em, "pathway.alreadyOpen");
        accessLog.success(AccessEvent.UPDATE, pathway.getClient().getId(), OBJECT,
                "pathway=" + pathwayId + "; to=" + to);
    }

    /** Asks the team lead to approve the latest draft of the plan (needs goals and the client's agreement). */
    public void requestPlanApproval(long pathwayId, long version) {
        Pathway pathway = guard.require(pathwayId, AccessEvent.UPDATE, OBJECT);
        pathway.checkVersion(version);
        if (!pathway.getStatus().isOpen() || pathway.getStatus() == PathwayStatus.REGISTERED
                || pathway.getStatus() == PathwayStatus.INTAKE) {
            throw new CaseloadException("pathway.plan.notNow");
        }
        requireNothingPending(pathway);
        SupportPlan draft = latestPlan(pathwayId).filter(p -> p.getStatus() == PlanStatus.DRAFT)
                .orElseThrow(() -> new CaseloadException("plan.noDraft"));
        if (draft.getGoals().isEmpty() || draft.getClientAgreedOn() == null) {
            throw new CaseloadException("plan.incomplete");
        }
        requestApproval(pathway, ApprovalKind.PLAN, PathwayStatus.PLAN_AGREED, "plan " + draft.getPlanNumber());
    }

    /** Asks the team lead to close the pathway, with the two-level reason. */
    public void requestClosure(long pathwayId, long version, ClosureOutcome outcome, ClosureDetail detail,
            String note) {
        Pathway pathway = guard.require(pathwayId, AccessEvent.UPDATE, OBJECT);
        pathway.checkVersion(version);
        requireNothingPending(pathway);
        PathwayWorkflow.checkClosure(pathway.getStatus(), outcome, detail);
        pathway.proposeClosure(outcome, detail, Text.blankToNull(note));
        requestApproval(pathway, ApprovalKind.CLOSURE, PathwayStatus.CLOSED, outcome + "/" + detail);
    }

    /** The team lead of the pathway's team approves what was requested. */
    public void approve(long pathwayId, long version, String comment) {
        Pathway pathway = guard.require(pathwayId, AccessEvent.UPDATE, OBJECT);
        Caller caller = scope.requireClientWorker(OBJECT);
        scope.requireTeamLeadOf(caller, pathway.getClient(), AccessEvent.UPDATE, OBJECT);
        pathway.checkVersion(version);
        ApprovalKind kind = pathway.getPendingApproval();
        if (kind == null) {
            throw new CaseloadException("pathway.approval.nothingPending");
        }
        if (caller.loginName().equals(pathway.getApprovalRequestedBy())) {
            // a team lead who is also the caseworker asks another team lead, as any caseworker does
            accessLog.denied(AccessEvent.UPDATE, pathway.getClient().getId(), OBJECT,
                    "approve own request " + kind + "; pathway=" + pathwayId);
            throw new CaseloadException("pathway.approval.ownRequest");
        }
        PathwayStatus from = pathway.getStatus();
        if (kind == ApprovalKind.PLAN) {
            approvePlan(pathway, caller);
            guard.record(pathway, TransitionKind.APPROVED, from, PathwayStatus.PLAN_AGREED, Text.blankToNull(comment));
            pathway.clearApproval(null);
            if (from == PathwayStatus.PLAN_DRAFT) {
                guard.move(pathway, PathwayStatus.PLAN_AGREED, Text.blankToNull(comment));
            }
        } else {
            PathwayWorkflow.checkClosure(from, pathway.getClosureOutcome(), pathway.getClosureDetail());
            guard.record(pathway, TransitionKind.APPROVED, from, PathwayStatus.CLOSED, Text.blankToNull(comment));
            pathway.clearApproval(null);
            LocalDate today = LocalDate.now(Times.DISPLAY_ZONE);
            pathway.close(today, pathway.getClosureOutcome(), pathway.getClosureDetail(), pathway.getClosureNote());
            // the closure outlives a later reopening, for the reports over this period
            em.createNativeQuery("""
                    INSERT INTO pathway_closure (pathway_id, closed_on, closure_outcome, closure_detail)
                    VALUES (?1, ?2, ?3, ?4)""").setParameter(1, pathwayId).setParameter(2, today)
                    .setParameter(3, pathway.getClosureOutcome().name())
                    .setParameter(4, pathway.getClosureDetail().name()).executeUpdate();
            guard.record(pathway, TransitionKind.TRANSITION, from, PathwayStatus.CLOSED, Text.blankToNull(comment));
            guard.syncClientStatus(pathway.getClient());
        }
        Persistence.flush(em);
        accessLog.success(AccessEvent.UPDATE, pathway.getClient().getId(), OBJECT,
                "approved " + kind + "; pathway=" + pathwayId);
    }

    /** The team lead sends the request back; the comment tells the caseworker what to change. */
    public void sendBack(long pathwayId, long version, String comment) {
        Pathway pathway = guard.require(pathwayId, AccessEvent.UPDATE, OBJECT);
        Caller caller = scope.requireClientWorker(OBJECT);
        scope.requireTeamLeadOf(caller, pathway.getClient(), AccessEvent.UPDATE, OBJECT);
        pathway.checkVersion(version);
        ApprovalKind kind = pathway.getPendingApproval();
        if (kind == null) {
            throw new CaseloadException("pathway.approval.nothingPending");
        }
        requireComment(comment);
        guard.record(pathway, TransitionKind.SENT_BACK, pathway.getStatus(),
                kind == ApprovalKind.PLAN ? PathwayStatus.PLAN_AGREED : PathwayStatus.CLOSED, Text.blankToNull(comment));
        if (kind == ApprovalKind.CLOSURE) {
            pathway.withdrawClosureProposal();
        }
        pathway.clearApproval(Text.blankToNull(comment));
        Persistence.flush(em);
        accessLog.success(AccessEvent.UPDATE, pathway.getClient().getId(), OBJECT,
                "sent back " + kind + "; pathway=" + pathwayId);
    }

    /**
     * The team lead of the client's team weighs an open pathway for the caseload norms (issue 25).
     * Every role may call this, so that each refusal is written to the access log by the checks below
     * rather than stopped unlogged by the container: a role without client files, a caseworker (not
     * the team lead) and another team's lead are refused and logged.
     */
    @RolesAllowed({Role.CASEWORKER_NAME, Role.TEAM_LEAD_NAME, Role.POLICY_OFFICER_NAME, Role.FUNCTIONAL_ADMIN_NAME,
        Role.PRIVACY_OFFICER_NAME})
    public void setWeight(long pathwayId, long version, PathwayWeight weight) {
        Pathway pathway = guard.require(pathwayId, AccessEvent.UPDATE, OBJECT);
        Caller caller = scope.requireClientWorker(OBJECT);
        scope.requireTeamLeadOf(caller, pathway.getClient(), AccessEvent.UPDATE, OBJECT);
        if (weight == null) {
            throw new CaseloadException("pathway.weight.required");
        }
        pathway.checkVersion(version);
        if (!pathway.getStatus().isOpen()) {
            throw new CaseloadException("pathway.weight.closed");
        }
        PathwayWeight from = pathway.getWeight();
        pathway.setWeight(weight);
        Persistence.flush(em);
        accessLog.success(AccessEvent.UPDATE, pathway.getClient().getId(), OBJECT,
                "weight; pathway=" + pathwayId + "; from=" + from + "; to=" + weight);
    }

    private void requestApproval(Pathway pathway, ApprovalKind kind, PathwayStatus target, String what) {
        Caller caller = scope.requireClientWorker(OBJECT);
        pathway.requestApproval(kind, Times.nowUtc(), caller.loginName());
        guard.record(pathway, TransitionKind.APPROVAL_REQUESTED, pathway.getStatus(), target, what);
        Persistence.flush(em);
        accessLog.success(AccessEvent.UPDATE, pathway.getClient().getId(), OBJECT,
                "approval requested " + kind + "; pathway=" + pathway.getId());
    }

    private void approvePlan(Pathway pathway, Caller caller) {
        List<SupportPlan> plans = em.createNamedQuery("SupportPlan.findByPathway", SupportPlan.class)
                .setParameter("pathwayId", pathway.getId()).getResultList();
        SupportPlan draft = plans.stream().filter(p -> p.getStatus() == PlanStatus.DRAFT).findFirst()
                .orElseThrow(() -> new CaseloadException("plan.noDraft"));
        if (draft.getGoals().isEmpty() || draft.getClientAgreedOn() == null) {
            throw new CaseloadException("plan.incomplete"); // changed or imported since it was offered
        }
        plans.stream().filter(p -> p.getStatus() == PlanStatus.AGREED).forEach(SupportPlan::supersede);
        draft.approve(Times.nowUtc(), caller.loginName());
    }

    private Optional<SupportPlan> latestPlan(long pathwayId) {
        return em.createNamedQuery("SupportPlan.findByPathway", SupportPlan.class).setParameter("pathwayId", pathwayId)
                .setMaxResults(1).getResultStream().findFirst();
    }

    private Optional<Intake> findIntake(long pathwayId) {
        return em.createNamedQuery("Intake.findByPathway", Intake.class).setParameter("pathwayId", pathwayId)
                .getResultStream().findFirst();
    }

    private List<Pathway> openPathway(long clientId) {
        return em.createNamedQuery("Pathway.findOpenByClient", Pathway.class).setParameter("clientId", clientId)
                .getResultList();
    }

    private Caller currentCaller(long clientId) {
        scope.require(clientId, AccessEvent.READ, OBJECT);
        return scope.requireClientWorker(OBJECT);
    }

    private static void requireNothingPending(Pathway pathway) {
        if (pathway.getPendingApproval() != null) {
            throw new CaseloadException("pathway.transition.pendingApproval");
        }
    }

    private static void requireComment(String comment) {
        if (comment == null || comment.strip().length() < COMMENT_MIN) {
            throw new CaseloadException("pathway.comment.required");
        }
    }

    private PathwayView toView(Caller caller, Pathway p) {
        Optional<SupportPlan> plan = latestPlan(p.getId());
        LocalDate nextDue = null;
        if (p.getStatus().isOpen()) {
            LocalDate review = plan.map(SupportPlan::getReviewDate).orElse(null);
            nextDue = earliest(review, p.getStatus() == PathwayStatus.AFTERCARE ? p.getAftercareReviewDate() : null);
        }
        List<PathwayStatus> targets = new ArrayList<>(PathwayWorkflow.directTargets(p.getStatus()));
        return new PathwayView(p.getId(), p.getVersion(), p.getStatus(), p.getStartDate(), p.getEndDate(),
                p.isRepeatRequest(), p.getTeam().getName(),
                p.getResponsible() == null ? null : p.getResponsible().getDisplayName(), p.getPurpose(),
                p.getLegalGround(), p.getPendingApproval(), p.getApprovalRequestedAt(), p.getApprovalRequestedBy(),
                p.getSentBackComment(), p.getClosureOutcome(), p.getClosureDetail(), p.getClosureNote(),
                p.getAftercareReviewDate(), nextDue, targets, AccessRules.mayApprove(caller, p.getTeam().getId())
                        && !caller.loginName().equals(p.getApprovalRequestedBy()),
                plan.filter(x -> x.getStatus() == PlanStatus.DRAFT).isPresent(), p.getWeight(),
                p.getStatus().isOpen() && AccessRules.mayApprove(caller, p.getTeam().getId()));
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
