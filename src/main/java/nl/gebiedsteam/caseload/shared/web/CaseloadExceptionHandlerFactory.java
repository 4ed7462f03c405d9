package nl.gebiedsteam.caseload.shared.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;
import nl.gebiedsteam.caseload.shared.CorrelationFilter;

/**
 * Renders the web.xml error page for exceptions in AJAX requests too (OmniFaces), and logs them
 * under the same correlation id the error page shows.
 */
public class CaseloadExceptionHandlerFactory extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(CaseloadExceptionHandlerFactory.class.getName());

    public CaseloadExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new FullAjaxExceptionHandler(getWrapped().getExceptionHandler()) {
            @Override
            protected void logException(FacesContext context, Throwable exception, String location,
                    LogReason reason) {
                Object id = context.getExternalContext().getRequestMap().get(CorrelationFilter.ATTRIBUTE);
                LOG.log(Level.SEVERE, exception, () -> "AJAX request failed, correlation id " + id + ", "
                        + reason.name() + ", error page " + location);
            }
        };
    }
}
