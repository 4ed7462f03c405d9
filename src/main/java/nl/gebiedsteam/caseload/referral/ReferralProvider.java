package nl.gebiedsteam.caseload.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import nl.gebiedsteam.caseload.shared.BaseEntity;

/** An organisation clients are referred to; a reference list kept by the functional admin, retired instead of deleted. */
@Entity
@Table(name = "referral_provider")
@NamedQuery(name = "ReferralProvider.findAll", query = "SELECT p FROM ReferralProvider p ORDER BY p.active DESC, p.name")
@NamedQuery(name = "ReferralProvider.findActive",
        query = "SELECT p FROM ReferralProvider p WHERE p.active = TRUE ORDER BY p.name")
public class ReferralProvider extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 150)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ProviderKind kind;

    @Column(nullable = false)
    private boolean active = true;

    protected ReferralProvider() {
    }

    ReferralProvider(String name, ProviderKind kind) {
        this.name = name;
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public ProviderKind getKind() {
        return kind;
    }

    void setKind(ProviderKind kind) {
        this.kind = kind;
    }

    public boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }
}
