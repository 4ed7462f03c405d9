package nl.gebiedsteam.caseload.substance;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Set;
import nl.gebiedsteam.caseload.shared.BaseEntity;

/** What the client uses, how often and how: health data, one profile per client. */
@Entity
@Table(name = "substance_profile")
@NamedQuery(name = "SubstanceProfile.findByClient",
        query = "SELECT s FROM SubstanceProfile s WHERE s.clientId = :clientId")
public class SubstanceProfile extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "primary_substance", nullable = false, length = 24)
    private Substance primarySubstance;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "substance_profile_secondary", joinColumns = @JoinColumn(name = "substance_profile_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "substance", length = 24)
    private Set<Substance> secondary = EnumSet.noneOf(Substance.class);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private UseFrequency frequency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private UseRoute route;

    @Column(name = "age_at_first_use")
    private Integer ageAtFirstUse;

    @Enumerated(EnumType.STRING)
    @Column(name = "information_source", nullable = false, length = 16)
    private InformationSource informationSource;

    @Column(name = "icd10_code", length = 8)
    private String icd10Code;

    protected SubstanceProfile() {
    }

    SubstanceProfile(long clientId) {
        this.clientId = clientId;
    }

    void update(SubstanceProfileForm form) {
        primarySubstance = form.getPrimarySubstance();
        secondary.clear();
        secondary.addAll(form.getSecondary());
        frequency = form.getFrequency();
        route = form.getRoute();
        ageAtFirstUse = form.getAgeAtFirstUse();
        informationSource = form.getInformationSource();
        icd10Code = form.getIcd10Code();
    }

    public long getClientId() {
        return clientId;
    }

    public Substance getPrimarySubstance() {
        return primarySubstance;
    }

    public Set<Substance> getSecondary() {
        return secondary;
    }

    public UseFrequency getFrequency() {
        return frequency;
    }

    public UseRoute getRoute() {
        return route;
    }

    public Integer getAgeAtFirstUse() {
        return ageAtFirstUse;
    }

    public InformationSource getInformationSource() {
        return informationSource;
    }

    public String getIcd10Code() {
        return icd10Code;
    }
}
