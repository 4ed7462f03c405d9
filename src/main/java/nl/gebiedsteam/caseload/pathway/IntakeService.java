package nl.gebiedsteam.caseload.pathway;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.ConcurrentEditException;
import nl.gebiedsteam.caseload.shared.Persistence;
import nl.gebiedsteam.caseload.shared.Text;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.identity.Role;

/**
 * The intake of a pathway. Saving the first intake of a REGISTERED pathway moves it to INTAKE;
 * life-domain scores are optional (DOMAIN.md privacy rule 2: nothing forces a full score).
 */
@Stateless
@RolesAllowed({Role.CASEWORKER_NAME, Role.TEAM_LEAD_NAME})
public class IntakeService {

    static final String OBJECT = "intake";

    @PersistenceContext
    EntityManager em;

    @Inject
    PathwayGuard guard;

    @Inject
    AccessLog accessLog;

    /** The intake for editing or reading; a blank form (dated today) when there is none yet. */
    public IntakeForm load(long pathwayId) {
        Pathway pathway = guard.require(pathwayId, AccessEvent.READ, OBJECT);
        IntakeForm form = new IntakeForm();
        form.setPathwayId(pathwayId);
        form.setClientId(pathway.getClient().getId());
        form.setEditable(pathway.getStatus().isOpen());
        Intake intake = find(pathwayId);
        if (intake == null) {
            form.setIntakeDate(LocalDate.now(Times.DISPLAY_ZONE));
        } else {
            form.setIntakeId(intake.getId());
            form.setVersion(intake.getVersion());
            form.setIntakeDate(intake.getIntakeDate());
            form.setPlace(intake.getPlace());
            form.setNotes(intake.getNotes());
            for (IntakeDomain domain : intake.getDomains()) {
                form.domain(domain.getDomain()).setDiscussed(true);
                form.domain(domain.getDomain()).setScore(domain.getScore());
            }
        }
        accessLog.success(AccessEvent.READ, pathway.getClient().getId(), OBJECT, "pathway=" + pathwayId);
        return form;
    }

    public void save(IntakeForm form) {
        Pathway pathway = guard.require(form.getPathwayId(), AccessEvent.UPDATE, OBJECT);
        if (!pathway.getStatus().isOpen()) {
            throw new CaseloadException("pathway.closed");
        }
        if (form.getIntakeDate() == null || form.getIntakeDate().isAfter(LocalDate.now(Times.DISPLAY_ZONE))
                || form.getIntakeDate().isBefore(pathway.getStartDate())) {
            throw new CaseloadException("intake.date.invalid");
        }
        if (Text.isBlank(form.getPlace())) {
            throw new CaseloadException("intake.place.required");
        }
        Intake intake = find(form.getPathwayId());
        boolean created = intake == null;
        if (created) {
            if (form.getIntakeId() != null) {
                throw new ConcurrentEditException(null, null); // someone else recorded the intake meanwhile
            }
            intake = new Intake(pathway.getId());
            em.persist(intake);
        } else {
            intake.checkVersion(form.getVersion());
        }
        intake.setIntakeDate(form.getIntakeDate());
        intake.setPlace(form.getPlace().strip());
        intake.setNotes(Text.blankToNull(form.getNotes()));
        intake.getDomains().clear();
        for (IntakeForm.DomainEntry entry : form.getDomains()) {
            if (entry.isDiscussed()) {
                Integer score = entry.getScore();
                if (score != null && (score < 1 || score > 5)) {
                    throw new CaseloadException("intake.score.invalid");
                }
                intake.getDomains().add(new IntakeDomain(entry.getDomain(), score));
            }
        }
        if (pathway.getStatus() == PathwayStatus.REGISTERED) {
            guard.move(pathway, PathwayStatus.INTAKE, null);
        }
        Persistence.flush(em, "error.concurrentEdit");
        accessLog.success(created ? AccessEvent.CREATE : AccessEvent.UPDATE, pathway.getClient().getId(), OBJECT,
                "pathway=" + pathway.getId());
    }

    private Intake find(long pathwayId) {
        return em.createNamedQuery("Intake.findByPathway", Intake.class).setParameter("pathwayId", pathwayId)
                .getResultStream().findFirst().orElse(null);
    }
}
