package nl.gebiedsteam.caseload.shared.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page opened with a view parameter that does not convert (an id that is not a number, or too
 * large for one) answers 400 instead of rendering without its subject, which failed with a 500.
 * A missing or unknown id is the page's own business (404).
 */
public class ViewParameterGuard implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() && context.isValidationFailed()) {
            try {
                context.getExternalContext().responseSendError(400, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after rendering
    }
}
