package nl.gebiedsteam.caseload.substance;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The substance profile as edited; {@code id} null while the client has none. */
public class SubstanceProfileForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long clientId;
    private Long id;
    private long version;
    private Substance primarySubstance;
    private List<Substance> secondary = new ArrayList<>();
    private UseFrequency frequency;
    private UseRoute route;
    private Integer ageAtFirstUse;
    private InformationSource informationSource = InformationSource.SELF_REPORT;
    private String icd10Code;
    private String modifiedBy;

    public long getClientId() {
        return clientId;
    }

    public void setClientId(long clientId) {
        this.clientId = clientId;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Substance getPrimarySubstance() {
        return primarySubstance;
    }

    public void setPrimarySubstance(Substance primarySubstance) {
        this.primarySubstance = primarySubstance;
    }

    public List<Substance> getSecondary() {
        return secondary;
    }

    public void setSecondary(List<Substance> secondary) {
        this.secondary = secondary == null ? new ArrayList<>() : new ArrayList<>(secondary);
    }

    public UseFrequency getFrequency() {
        return frequency;
    }

    public void setFrequency(UseFrequency frequency) {
        this.frequency = frequency;
    }

    public UseRoute getRoute() {
        return route;
    }

    public void setRoute(UseRoute route) {
        this.route = route;
    }

    public Integer getAgeAtFirstUse() {
        return ageAtFirstUse;
    }

    public void setAgeAtFirstUse(Integer ageAtFirstUse) {
        this.ageAtFirstUse = ageAtFirstUse;
    }

    public InformationSource getInformationSource() {
        return informationSource;
    }

    public void setInformationSource(InformationSource informationSource) {
        this.informationSource = informationSource;
    }

    public String getIcd10Code() {
        return icd10Code;
    }

    public void setIcd10Code(String icd10Code) {
        this.icd10Code = icd10Code;
    }

    public String getModifiedBy() {
        return modifiedBy;
    }

    public void setModifiedBy(String modifiedBy) {
        this.modifiedBy = modifiedBy;
    }
}
