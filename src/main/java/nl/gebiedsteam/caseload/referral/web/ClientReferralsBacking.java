package nl.gebiedsteam.caseload.referral.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.gebiedsteam.caseload.referral.ConsentRow;
import nl.gebiedsteam.caseload.referral.ReferralForm;
import nl.gebiedsteam.caseload.referral.ReferralRow;
import nl.gebiedsteam.caseload.referral.ReferralService;
import nl.gebiedsteam.caseload.referral.ReferralStatus;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.NotFoundException;
import nl.gebiedsteam.caseload.shared.Option;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.web.Messages;
import org.omnifaces.cdi.ViewScoped;

/**
 * /client/referrals.xhtml: the client's referrals with waiting times, a new referral (with the
 * consent it needs), progress updates, and the consents on file.
 */
@Named
@ViewScoped
public class ClientReferralsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReferralService referralService;

    private Long id;
    private List<ReferralRow> referrals;
    private List<ConsentRow> consents;
    private List<Option> providers;
    private ReferralForm form;

    private ReferralRow editing;
    private LocalDate intakeOn;
    private LocalDate treatmentOn;
    private ReferralStatus status;
    private String note;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        referrals = referralService.list(id);
        consents = referralService.consents(id);
        providers = referralService.providers();
        newForm();
    }

    private void newForm() {
        form = new ReferralForm();
        form.setReferredOn(LocalDate.now(Times.DISPLAY_ZONE));
        form.setConsentGivenOn(LocalDate.now(Times.DISPLAY_ZONE));
    }

    public void refer() {
        try {
            referralService.refer(id, form);
        } catch (CaseloadException e) {
            Messages.error(null, e);
            return;
        }
        Messages.info("referral.saved");
        load();
    }

    public void edit(ReferralRow row) {
        editing = row;
        intakeOn = row.providerIntakeOn();
        treatmentOn = row.treatmentStartOn();
        status = row.status();
        note = row.note();
    }

    public void update() {
        try {
            referralService.update(editing.id(), editing.version(), intakeOn, treatmentOn, status, note);
        } catch (CaseloadException e) {
            Messages.error(null, e);
            return;
        }
        editing = null;
        Messages.info("referral.updated");
        load();
    }

    public void cancelEdit() {
        editing = null;
    }

    public void withdraw(ConsentRow consent) {
        try {
            referralService.withdrawConsent(consent.id(), consent.version(), LocalDate.now(Times.DISPLAY_ZONE));
        } catch (CaseloadException e) {
            Messages.error(null, e);
            return;
        }
        Messages.info("consent.withdrawn");
        load();
    }

    public ReferralStatus[] getStatuses() {
        return ReferralStatus.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<ReferralRow> getReferrals() {
        return referrals;
    }

    public List<ConsentRow> getConsents() {
        return consents;
    }

    public List<Option> getProviders() {
        return providers;
    }

    public ReferralForm getForm() {
        return form;
    }

    public ReferralRow getEditing() {
        return editing;
    }

    public LocalDate getIntakeOn() {
        return intakeOn;
    }

    public void setIntakeOn(LocalDate intakeOn) {
        this.intakeOn = intakeOn;
    }

    public LocalDate getTreatmentOn() {
        return treatmentOn;
    }

    public void setTreatmentOn(LocalDate treatmentOn) {
        this.treatmentOn = treatmentOn;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public void setStatus(ReferralStatus status) {
        this.status = status;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
