package nl.gebiedsteam.caseload.report;

import java.io.Serializable;

/** The report's key figures for one period: persons helped, new clients, repeat requests and continuing pathways. */
public record KeyFigures(Cell helped, Cell newClients, Cell repeatPathways, Cell repeatPersons,
        Cell continuingPathways, Cell continuingPersons) implements Serializable {
}
