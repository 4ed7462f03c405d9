package nl.gebiedsteam.caseload.pathway;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;

/** A life domain discussed at intake, with a score (1–5) only if one was given. */
@Embeddable
public class IntakeDomain implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "domain", nullable = false, length = 32)
    private LifeDomain domain;

    @Column(name = "score")
    private Integer score;

    protected IntakeDomain() {
    }

    public IntakeDomain(LifeDomain domain, Integer score) {
        this.domain = domain;
        this.score = score;
    }

    public LifeDomain getDomain() {
        return domain;
    }

    public Integer getScore() {
        return score;
    }
}
