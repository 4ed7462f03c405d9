package nl.gebiedsteam.caseload.pathway;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The intake as edited on the page: every life domain is listed, only the ticked ones are saved. */
public class IntakeForm extends PathwayPartForm {

    private static final long serialVersionUID = 1L;

    private Long intakeId;
    private long version;
    private LocalDate intakeDate;
    private String place;
    private String notes;
    private final List<DomainEntry> domains = new ArrayList<>();

    public IntakeForm() {
        for (LifeDomain domain : LifeDomain.values()) {
            domains.add(new DomainEntry(domain));
        }
    }

    public DomainEntry domain(LifeDomain domain) {
        return domains.get(domain.ordinal());
    }

    /** One life domain: discussed or not, with an optional score. */
    public static class DomainEntry implements Serializable {

        private static final long serialVersionUID = 1L;

        private final LifeDomain domain;
        private boolean discussed;
        private Integer score;

        DomainEntry(LifeDomain domain) {
            this.domain = domain;
        }

        public LifeDomain getDomain() {
            return domain;
        }

        public boolean isDiscussed() {
            return discussed;
        }

        public void setDiscussed(boolean discussed) {
            this.discussed = discussed;
        }

        public Integer getScore() {
            return score;
        }

        public void setScore(Integer score) {
            this.score = score;
        }
    }

    public Long getIntakeId() {
        return intakeId;
    }

    public void setIntakeId(Long intakeId) {
        this.intakeId = intakeId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public LocalDate getIntakeDate() {
        return intakeDate;
    }

    public void setIntakeDate(LocalDate intakeDate) {
        this.intakeDate = intakeDate;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<DomainEntry> getDomains() {
        return domains;
    }
}
