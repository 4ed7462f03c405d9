package nl.gebiedsteam.caseload.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import nl.gebiedsteam.caseload.shared.BaseEntity;

/**
 * A kind of measure with its legal facts (DOMAIN.md table), loaded by migration. The functional
 * admin may add types and retire them; the legal facts of a type in use cannot change.
 */
@Entity
@Table(name = "measure_type")
@NamedQuery(name = "MeasureType.findAll", query = "SELECT t FROM MeasureType t ORDER BY t.active DESC, t.name")
@NamedQuery(name = "MeasureType.findActive", query = "SELECT t FROM MeasureType t WHERE t.active = TRUE ORDER BY t.name")
public class MeasureType extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    @Column(nullable = false, length = 150)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private MeasureKind kind;

    @Column(name = "legal_basis", nullable = false, length = 200)
    private String legalBasis;

    @Column(name = "deciding_authority", nullable = false, length = 200)
    private String decidingAuthority;

    @Column(name = "typical_max_days")
    private Integer typicalMaxDays;

    @Column(nullable = false)
    private boolean active = true;

    protected MeasureType() {
    }

    MeasureType(String code) {
        this.code = code;
    }

    void setFacts(String name, MeasureKind kind, String legalBasis, String decidingAuthority, Integer typicalMaxDays) {
        this.name = name;
        this.kind = kind;
        this.legalBasis = legalBasis;
        this.decidingAuthority = decidingAuthority;
        this.typicalMaxDays = typicalMaxDays;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public MeasureKind getKind() {
        return kind;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public String getDecidingAuthority() {
        return decidingAuthority;
    }

    public Integer getTypicalMaxDays() {
        return typicalMaxDays;
    }

    public boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }
}
