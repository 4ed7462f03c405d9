package nl.gebiedsteam.caseload.report;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The client-count report for a period and (optionally) one team: only aggregate, suppressed
 * numbers; persons and pathways are always counted separately.
 */
public record AnnualReport(LocalDate from, LocalDate to, String teamName, LocalDateTime generatedAtUtc,
        Cell helped, Cell helpedPrevious, Cell newClients, Cell repeatPathways, Cell repeatPersons,
        Cell continuingPathways, Cell continuingPersons, Flows pathways, Flows persons, List<Breakdown> breakdowns,
        Statistic closedDuration, Breakdown closureOutcomes, Breakdown signalSources, Breakdown signalsToPathway,
        Statistic signalToContact, Statistic waitToIntake, Statistic waitToTreatment,
        Breakdown personsWithMeasure, Breakdown newMeasures)
        implements Serializable {
}
