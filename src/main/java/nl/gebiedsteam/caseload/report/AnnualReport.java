package nl.gebiedsteam.caseload.report;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The client-count report for a period and (optionally) one team: only aggregate, published
 * numbers; persons and pathways are always counted separately. The key figures come twice: for the
 * period and for the same period a year earlier.
 */
public record AnnualReport(LocalDate from, LocalDate to, String teamName, LocalDateTime generatedAtUtc,
        KeyFigures keyFigures, KeyFigures previousKeyFigures, Flows pathways, Flows persons, List<Breakdown> breakdowns,
        Statistic closedDuration, Breakdown closureOutcomes, Breakdown signalSources, Breakdown signalsToPathway,
        Statistic signalToContact, Statistic waitToIntake, Statistic waitToTreatment,
        Breakdown personsWithMeasure, Breakdown newMeasures)
        implements Serializable {
}
