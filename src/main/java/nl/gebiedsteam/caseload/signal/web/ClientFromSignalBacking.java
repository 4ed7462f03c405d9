package nl.gebiedsteam.caseload.signal.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.gebiedsteam.caseload.client.ClientForm;
import nl.gebiedsteam.caseload.client.web.ClientEditBacking;
import nl.gebiedsteam.caseload.client.web.ClientRegistration;
import nl.gebiedsteam.caseload.signal.SignalRow;
import nl.gebiedsteam.caseload.signal.SignalService;
import org.omnifaces.cdi.ViewScoped;

/**
 * /client/edit.xhtml?signal=: registering the person a signal is about. Shows the signal above the
 * client form and has the edit page register through {@link SignalService#registerClientAndLink},
 * so the new client and the signal's link are one transaction.
 */
@Named
@ViewScoped
public class ClientFromSignalBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SignalService signalService;

    private Long signal;
    private SignalRow fromSignal;

    /** viewAction after the edit page's own: only a new registration comes from a signal. */
    public void load(ClientEditBacking edit) {
        if (signal != null && edit.getId() == null) {
            fromSignal = signalService.view(signal);
            edit.registerThrough(new LinkedRegistration(signalService, fromSignal.id(), fromSignal.version()));
        }
    }

    private record LinkedRegistration(SignalService signalService, long signalId, long signalVersion)
            implements ClientRegistration {

        private static final long serialVersionUID = 1L;

        @Override
        public long register(ClientForm form, boolean duplicatesConfirmed) {
            return signalService.registerClientAndLink(signalId, signalVersion, form, duplicatesConfirmed);
        }
    }

    public Long getSignal() {
        return signal;
    }

    public void setSignal(Long signal) {
        this.signal = signal;
    }

    /** The signal this registration comes from, shown above the form; null for a plain registration. */
    public SignalRow getFromSignal() {
        return fromSignal;
    }
}
