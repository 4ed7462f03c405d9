package nl.gebiedsteam.caseload.shared.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;

/**
 * Renders the error page for exceptions in AJAX requests too (OmniFaces), choosing it the same way
 * {@link CorrelationFilter} chooses a status for other requests, and logs under the correlation id
 * the error page shows.
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
            protected String findErrorPageLocation(FacesContext context, Throwable exception) {
                Integer status = CorrelationFilter.statusFor(exception);
                if (status == null) {
                    return super.findErrorPageLocation(context, exception);
                }
                CorrelationFilter.rememberHandedOver((jakarta.servlet.ServletRequest) context.getExternalContext()
                        .getRequest(), exception);
                return switch (status) {
                    case 403 -> "/WEB-INF/errorpages/403.xhtml";
                    case 410 -> "/WEB-INF/errorpages/handedover.xhtml";
                    case 404 -> "/WEB-INF/errorpages/404.xhtml";
                    default -> "/WEB-INF/errorpages/expired.xhtml";
                };
            }

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
