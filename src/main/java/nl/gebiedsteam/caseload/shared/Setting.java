package nl.gebiedsteam.caseload.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A named value the functional admin may change at run time (thresholds, not secrets). */
@Entity
@Table(name = "setting")
@NamedQuery(name = "Setting.findAll", query = "SELECT s FROM Setting s ORDER BY s.name")
@NamedQuery(name = "Setting.findByName", query = "SELECT s FROM Setting s WHERE s.name = :name")
public class Setting extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 64, updatable = false)
    private String name;

    @Column(nullable = false, length = 200)
    private String value;

    protected Setting() {
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }

    void setValue(String value) {
        this.value = value;
    }
}
