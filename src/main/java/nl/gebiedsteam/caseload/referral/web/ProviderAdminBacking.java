package nl.gebiedsteam.caseload.referral.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.gebiedsteam.caseload.referral.ProviderAdminService;
import nl.gebiedsteam.caseload.referral.ProviderKind;
import nl.gebiedsteam.caseload.referral.ProviderRow;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.web.Messages;
import org.omnifaces.cdi.ViewScoped;

/** /admin/providers.xhtml: the reference list of referral providers; retired, never deleted. */
@Named
@ViewScoped
public class ProviderAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProviderAdminService providerAdminService;

    private List<ProviderRow> providers;
    private ProviderRow editing;
    private String name;
    private ProviderKind kind;
    private boolean active = true;
    private boolean formOpen;

    @PostConstruct
    void init() {
        providers = providerAdminService.all();
    }

    public void create() {
        editing = null;
        name = null;
        kind = ProviderKind.ADDICTION_CARE;
        active = true;
        formOpen = true;
    }

    public void edit(ProviderRow row) {
        editing = row;
        name = row.name();
        kind = row.kind();
        active = row.active();
        formOpen = true;
    }

    public void cancel() {
        formOpen = false;
    }

    public void save() {
        try {
            if (editing == null) {
                providerAdminService.create(name, kind);
            } else {
                providerAdminService.update(editing.id(), editing.version(), name, kind, active);
            }
        } catch (CaseloadException e) {
            Messages.error(null, e);
            return;
        }
        Messages.info("provider.saved", name);
        formOpen = false;
        providers = providerAdminService.all();
    }

    public ProviderKind[] getKinds() {
        return ProviderKind.values();
    }

    public List<ProviderRow> getProviders() {
        return providers;
    }

    public boolean isFormOpen() {
        return formOpen;
    }

    public boolean isNew() {
        return editing == null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ProviderKind getKind() {
        return kind;
    }

    public void setKind(ProviderKind kind) {
        this.kind = kind;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
