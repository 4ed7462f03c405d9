package nl.gebiedsteam.caseload.measure.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.gebiedsteam.caseload.measure.MeasureKind;
import nl.gebiedsteam.caseload.measure.MeasureTypeAdminService;
import nl.gebiedsteam.caseload.measure.MeasureTypeRow;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.web.Messages;
import org.omnifaces.cdi.ViewScoped;

/** /admin/measure-types.xhtml: add, retire or reactivate measure types; legal facts of a type in use stay fixed. */
@Named
@ViewScoped
public class MeasureTypeAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeasureTypeAdminService service;

    private List<MeasureTypeRow> types;
    private MeasureTypeRow editing;
    private boolean formOpen;
    private String code;
    private String name;
    private MeasureKind kind;
    private String legalBasis;
    private String decidingAuthority;
    private Integer typicalMaxDays;
    private boolean active;

    @PostConstruct
    void init() {
        types = service.all();
    }

    public void create() {
        editing = null;
        code = null;
        name = null;
        kind = MeasureKind.DRANG;
        legalBasis = null;
        decidingAuthority = null;
        typicalMaxDays = null;
        active = true;
        formOpen = true;
    }

    public void edit(MeasureTypeRow row) {
        editing = row;
        code = row.code();
        name = row.name();
        kind = row.kind();
        legalBasis = row.legalBasis();
        decidingAuthority = row.decidingAuthority();
        typicalMaxDays = row.typicalMaxDays();
        active = row.active();
        formOpen = true;
    }

    public void cancel() {
        formOpen = false;
    }

    public void save() {
        MeasureTypeRow values = new MeasureTypeRow(null, 0, code, name, kind, legalBasis, decidingAuthority,
                typicalMaxDays, active, false);
        try {
            if (editing == null) {
                service.create(values);
            } else {
                service.update(editing.id(), editing.version(), values);
            }
        } catch (CaseloadException e) {
            Messages.error(null, e);
            return;
        }
        Messages.info("measureType.saved", name);
        formOpen = false;
        types = service.all();
    }

    public MeasureKind[] getKinds() {
        return MeasureKind.values();
    }

    public List<MeasureTypeRow> getTypes() {
        return types;
    }

    public boolean isFormOpen() {
        return formOpen;
    }

    /** The legal facts are read-only for a type that has measures recorded under it. */
    public boolean isFactsLocked() {
        return editing != null && editing.inUse();
    }

    public boolean isNew() {
        return editing == null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public MeasureKind getKind() {
        return kind;
    }

    public void setKind(MeasureKind kind) {
        this.kind = kind;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getDecidingAuthority() {
        return decidingAuthority;
    }

    public void setDecidingAuthority(String decidingAuthority) {
        this.decidingAuthority = decidingAuthority;
    }

    public Integer getTypicalMaxDays() {
        return typicalMaxDays;
    }

    public void setTypicalMaxDays(Integer typicalMaxDays) {
        this.typicalMaxDays = typicalMaxDays;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
