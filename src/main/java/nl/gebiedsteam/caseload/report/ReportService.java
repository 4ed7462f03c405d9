package nl.gebiedsteam.caseload.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.security.CurrentCaller;
import nl.gebiedsteam.caseload.shared.AccessDeniedException;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.NotFoundException;
import nl.gebiedsteam.caseload.shared.Option;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.identity.Caller;
import nl.gebiedsteam.caseload.shared.identity.Role;
import nl.gebiedsteam.caseload.worker.AreaTeam;

/**
 * The client-count report, the only way one leaves the application: always perturbed (see
 * {@link Perturbation}), always scoped, always logged. A policy officer (and the privacy officer) may report on all teams or
 * one; a team lead only on their own team, whatever the request asks for. Caseworkers and the
 * functional admin have no access. The numbers and their definitions are {@link ReportCalculation}'s.
 */
@Stateless
@RolesAllowed({Role.POLICY_OFFICER_NAME, Role.TEAM_LEAD_NAME, Role.PRIVACY_OFFICER_NAME})
public class ReportService {

    public static final String OBJECT = "report";
    /** How many calendar years the trend of persons helped covers, up to the report's last year. */
    public static final int TREND_YEARS = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    ReportCalculation calculation;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AccessLog accessLog;

    @Inject
    TrendCache trendCache;

    /**
     * The report for [from, to], which must be a {@link ReportPeriod}: a calendar year, half year or
     * quarter. {@code teamId} null means all teams; a team lead always gets their own team, and asking
     * for another one is refused and logged.
     */
    public AnnualReport generate(LocalDate from, LocalDate to, Long teamId) {
        Long team = scope(teamId);
        if (ReportPeriod.of(from, to).isEmpty()) {
            throw new CaseloadException("report.period.fixed");
        }
        AreaTeam teamEntity = team == null ? null : em.find(AreaTeam.class, team);
        if (team != null && teamEntity == null) {
            throw new NotFoundException();
        }
        AnnualReport report = calculation.calculate(from, to, team, teamEntity == null ? null : teamEntity.getName(),
                Publication.PERTURBED);
        accessLog.success(AccessEvent.REPORT, null, OBJECT, "report " + from + ".." + to + "; team="
                + (team == null ? "all" : team));
        return report;
    }

    /** Teams the caller may choose: all for policy and privacy officers, only their own for a team lead. */
    public List<Option> teams() {
        Caller caller = currentCaller.require();
        return em.createNamedQuery("AreaTeam.findActive", AreaTeam.class).getResultStream()
                .filter(t -> caller.has(Role.POLICY_OFFICER) || caller.has(Role.PRIVACY_OFFICER)
                        || t.getId().equals(caller.teamId()))
                .map(t -> new Option(t.getId(), t.getName())).toList();
    }

    /**
     * Persons helped per calendar year, the {@value #TREND_YEARS} years up to {@code lastYear} (for the
     * trend chart), perturbed like the key figure of each year's report. Past years come from {@link TrendCache} (an hour old at most); the
     * current year is always counted.
     */
    public Map<Integer, Cell> trend(int lastYear, Long teamId) {
        Long team = scope(teamId);
        return trendCache.get(lastYear - TREND_YEARS + 1, lastYear, LocalDate.now(Times.DISPLAY_ZONE).getYear(), team,
                (first, last) -> calculation.helpedPerYear(first, last, team, Publication.PERTURBED));
    }

    /** The team the caller may report on: any (or all) for policy and privacy officers, their own for a team lead. */
    private Long scope(Long requested) {
        Caller caller = currentCaller.require();
        if (caller.has(Role.POLICY_OFFICER) || caller.has(Role.PRIVACY_OFFICER)) {
            return requested;
        }
        if (caller.has(Role.TEAM_LEAD) && caller.teamId() != null
                && (requested == null || requested.equals(caller.teamId()))) {
            return caller.teamId();
        }
        accessLog.denied(AccessEvent.ACCESS_DENIED, null, OBJECT, "report for team " + requested);
        throw new AccessDeniedException();
    }
}
