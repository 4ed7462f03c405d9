package nl.gebiedsteam.caseload.pathway;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** One plan version as it reads on the file, old versions included. */
public record PlanVersion(long id, int planNumber, PlanStatus status, String summary, LocalDate reviewDate,
        LocalDate clientAgreedOn, LocalDateTime approvedAt, String approvedBy, LocalDateTime createdAt, String createdBy,
        List<GoalView> goals) implements Serializable {

    /** A goal of a plan version. */
    public record GoalView(String description, GoalStatus status, String actions, String owner) implements Serializable {
    }
}
