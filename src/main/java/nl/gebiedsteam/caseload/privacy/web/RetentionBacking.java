package nl.gebiedsteam.caseload.privacy.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.gebiedsteam.caseload.privacy.RetentionCandidate;
import nl.gebiedsteam.caseload.privacy.RetentionService;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.web.Messages;
import org.omnifaces.cdi.ViewScoped;

/**
 * /privacy/retention.xhtml: the destruction list. The privacy officer ticks files and puts them
 * before their team lead, or, once confirmed, ticks them again and approves; the page then
 * reloads with the list as it now is.
 */
@Named
@ViewScoped
public class RetentionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RetentionService retention;

    private List<RetentionCandidate> list;
    private List<RetentionCandidate> selected = new ArrayList<>();
    private boolean checked;

    public void load() {
        list = retention.destructionList();
    }

    /** Puts the ticked files before the team lead of each file's team (no check needed yet). */
    public String propose() {
        try {
            int proposed = retention.propose(selected.stream().map(RetentionCandidate::clientId).toList());
            Messages.flash("retention.proposed", proposed);
            return "/privacy/retention?faces-redirect=true";
        } catch (CaseloadException e) {
            Messages.error(null, e);
            return null;
        }
    }

    public String approve() {
        if (!checked) {
            Messages.error("list:checked", "retention.checked.required");
            return null;
        }
        try {
            int destroyed = retention.approve(selected.stream().map(RetentionCandidate::clientId).toList());
            Messages.flash("retention.approved", destroyed);
            return "/privacy/retention?faces-redirect=true";
        } catch (CaseloadException e) {
            Messages.error(null, e);
            return null;
        }
    }

    public boolean isChecked() {
        return checked;
    }

    public void setChecked(boolean checked) {
        this.checked = checked;
    }

    public int getRetentionYears() {
        return retention.retentionYears();
    }

    public List<RetentionCandidate> getList() {
        return list;
    }

    public List<RetentionCandidate> getSelected() {
        return selected;
    }

    public void setSelected(List<RetentionCandidate> selected) {
        this.selected = selected;
    }
}
