package nl.gebiedsteam.caseload.pathway;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.ConcurrentEditException;
import nl.gebiedsteam.caseload.shared.Persistence;
import nl.gebiedsteam.caseload.shared.Text;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.identity.Role;

/**
 * The versioned support plan. A draft is changed in place (with a version check); saving a change
 * to an agreed plan creates the next version as a draft, and the agreed one stays in force and
 * readable until the team lead approves the new one.
 */
@Stateless
@RolesAllowed({Role.CASEWORKER_NAME, Role.TEAM_LEAD_NAME})
public class PlanService {

    static final String OBJECT = "plan";
    static final int MAX_GOALS = 12;

    @PersistenceContext
    EntityManager em;

    @Inject
    PathwayGuard guard;

    @Inject
    AccessLog accessLog;

    /** The latest plan as a form: the draft itself, or a new version on top of the agreed plan. */
    public PlanForm loadForEdit(long pathwayId) {
        Pathway pathway = guard.require(pathwayId, AccessEvent.READ, OBJECT);
        PlanForm form = new PlanForm();
        form.setPathwayId(pathwayId);
        form.setClientId(pathway.getClient().getId());
        form.setEditable(pathway.getStatus().isOpen() && pathway.getStatus() != PathwayStatus.REGISTERED
                && pathway.getPendingApproval() != ApprovalKind.PLAN);
        List<SupportPlan> plans = plans(pathwayId);
        if (plans.isEmpty()) {
            form.setPlanNumber(1);
            form.addGoal();
        } else {
            SupportPlan latest = plans.get(0);
            if (latest.getStatus() == PlanStatus.DRAFT) {
                form.setPlanId(latest.getId());
                form.setPlanNumber(latest.getPlanNumber());
                form.setClientAgreedOn(latest.getClientAgreedOn());
            } else {
                form.setBasedOnId(latest.getId());
                form.setPlanNumber(latest.getPlanNumber() + 1);
            }
            form.setVersion(latest.getVersion());
            form.setSummary(latest.getSummary());
            form.setReviewDate(latest.getReviewDate());
            for (Goal goal : latest.getGoals()) {
                PlanForm.GoalForm g = form.addGoal();
                g.setDescription(goal.getDescription());
                g.setStatus(goal.getStatus());
                g.setActions(goal.getActions());
                g.setOwner(goal.getOwner());
            }
        }
        accessLog.success(AccessEvent.READ, pathway.getClient().getId(), OBJECT, "for edit; pathway=" + pathwayId);
        return form;
    }

    /** Saves the draft; returns its id. A first plan on a pathway in intake moves it to PLAN_DRAFT. */
    public long save(PlanForm form) {
        Pathway pathway = guard.require(form.getPathwayId(), AccessEvent.UPDATE, OBJECT);
        if (!pathway.getStatus().isOpen() || pathway.getStatus() == PathwayStatus.REGISTERED) {
            throw new CaseloadException("pathway.plan.notNow");
        }
        if (pathway.getPendingApproval() == ApprovalKind.PLAN) {
            throw new CaseloadException("plan.awaitingApproval");
        }
        validate(form, pathway);
        List<SupportPlan> plans = plans(pathway.getId());
        SupportPlan latest = plans.isEmpty() ? null : plans.get(0);
        SupportPlan draft;
        if (form.getPlanId() != null) {
            if (latest == null || !latest.getId().equals(form.getPlanId()) || latest.getStatus() != PlanStatus.DRAFT) {
                throw stale(latest);
            }
            latest.checkVersion(form.getVersion());
            draft = latest;
            draft.getGoals().clear();
        } else if (form.getBasedOnId() != null) {
            if (latest == null || !latest.getId().equals(form.getBasedOnId())) {
                throw stale(latest);
            }
            latest.checkVersion(form.getVersion());
            draft = new SupportPlan(pathway.getId(), latest.getPlanNumber() + 1);
            em.persist(draft);
        } else {
            if (latest != null) {
                throw stale(latest);
            }
            draft = new SupportPlan(pathway.getId(), 1);
            em.persist(draft);
        }
        draft.setSummary(Text.blankToNull(form.getSummary()));
        draft.setReviewDate(form.getReviewDate());
        draft.setClientAgreedOn(form.getClientAgreedOn());
        int position = 0;
        for (PlanForm.GoalForm g : form.getGoals()) {
            if (g.getDescription() != null && !g.getDescription().isBlank()) {
                draft.getGoals().add(new Goal(draft, position++, g.getDescription().strip(),
                        g.getStatus() == null ? GoalStatus.OPEN : g.getStatus(), Text.blankToNull(g.getActions()),
                        Text.blankToNull(g.getOwner())));
            }
        }
        if (pathway.getStatus() == PathwayStatus.INTAKE) {
            if (em.createNamedQuery("Intake.findByPathway", Intake.class).setParameter("pathwayId", pathway.getId())
                    .getResultList().isEmpty()) {
                throw new CaseloadException("pathway.transition.intakeMissing");
            }
            guard.move(pathway, PathwayStatus.PLAN_DRAFT, null);
        }
        Persistence.flush(em, "error.concurrentEdit");
        accessLog.success(form.getPlanId() == null ? AccessEvent.CREATE : AccessEvent.UPDATE,
                pathway.getClient().getId(), OBJECT, "plan " + draft.getPlanNumber() + "; pathway=" + pathway.getId());
        return draft.getId();
    }

    /** Every version of the plan, newest first, with its goals. */
    public List<PlanVersion> versions(long pathwayId) {
        Pathway pathway = guard.require(pathwayId, AccessEvent.READ, OBJECT);
        List<PlanVersion> versions = plans(pathwayId).stream().map(PlanService::toVersion).toList();
        accessLog.success(AccessEvent.READ, pathway.getClient().getId(), OBJECT,
                "versions=" + versions.size() + "; pathway=" + pathwayId);
        return versions;
    }

    private List<SupportPlan> plans(long pathwayId) {
        return em.createNamedQuery("SupportPlan.findByPathway", SupportPlan.class).setParameter("pathwayId", pathwayId)
                .getResultList();
    }

    private static void validate(PlanForm form, Pathway pathway) {
        long goals = form.getGoals().stream().filter(g -> g.getDescription() != null && !g.getDescription().isBlank())
                .count();
        if (goals > MAX_GOALS) {
            throw new CaseloadException("plan.goals.tooMany", MAX_GOALS);
        }
        LocalDate today = LocalDate.now(Times.DISPLAY_ZONE);
        if (form.getClientAgreedOn() != null
                && (form.getClientAgreedOn().isAfter(today) || form.getClientAgreedOn().isBefore(pathway.getStartDate()))) {
            throw new CaseloadException("plan.clientAgreedOn.invalid");
        }
        if (form.getReviewDate() != null && form.getReviewDate().isBefore(pathway.getStartDate())) {
            throw new CaseloadException("plan.reviewDate.invalid");
        }
    }

    private static ConcurrentEditException stale(SupportPlan latest) {
        return latest == null ? new ConcurrentEditException(null, null)
                : new ConcurrentEditException(latest.getModifiedBy(), latest.getModifiedAt());
    }

    private static PlanVersion toVersion(SupportPlan p) {
        return new PlanVersion(p.getId(), p.getPlanNumber(), p.getStatus(), p.getSummary(), p.getReviewDate(),
                p.getClientAgreedOn(), p.getApprovedAt(), p.getApprovedBy(), p.getCreatedAt(), p.getCreatedBy(),
                p.getGoals().stream().map(g -> new PlanVersion.GoalView(g.getDescription(), g.getStatus(),
                        g.getActions(), g.getOwner())).toList());
    }
}
