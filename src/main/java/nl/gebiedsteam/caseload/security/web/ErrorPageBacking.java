package nl.gebiedsteam.caseload.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.shared.HandedOverException;
import nl.gebiedsteam.caseload.shared.web.CorrelationFilter;

/**
 * Error pages show a correlation id and nothing technical. A 403 that the container raised (a URL
 * constraint or an EJB role check) is written to the access log here; the services log their own.
 */
@Named
@RequestScoped
public class ErrorPageBacking {

    @Inject
    AccessLog accessLog;

    private String correlationId;

    @PostConstruct
    void init() {
        Map<String, Object> request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        Object id = request.get(CorrelationFilter.ATTRIBUTE);
        correlationId = id == null ? CorrelationFilter.newId() : id.toString();
    }

    /** Called by the 403 page: answers 403 and logs a denial no service has logged yet. */
    public void forbidden() {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().setResponseStatus(403);
        Map<String, Object> request = context.getExternalContext().getRequestMap();
        if (request.get(CorrelationFilter.DENIAL_LOGGED) == null) {
            accessLog.denied(AccessEvent.ACCESS_DENIED, null, "page",
                    String.valueOf(request.get(RequestDispatcher.ERROR_REQUEST_URI)));
        }
    }

    /** Not found (404), or a method that is not allowed (405, 501). */
    public void notFound() {
        keepClientErrorStatus(404);
    }

    /** An expired or forged view, or a request that cannot be processed as sent (400, 411, 413). */
    public void expired() {
        keepClientErrorStatus(400);
    }

    /** The status the request was refused with, if it was a client error (the page also serves others). */
    private static void keepClientErrorStatus(int fallback) {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        Object status = external.getRequestMap().get(RequestDispatcher.ERROR_STATUS_CODE);
        external.setResponseStatus(status instanceof Integer code && code >= 400 && code < 600 && code != 500
                ? code : fallback);
    }

    /** A caseworker's old bookmark of a client they handed over (410): nothing is logged. */
    public void handedOver() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(410);
    }

    /** What the handed-over page says: when, and whom to ask; null outside that page. */
    public HandedOverException getHandedOver() {
        return (HandedOverException) FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .get(CorrelationFilter.HANDED_OVER);
    }

    /** The handover date written out in the page's language. */
    public String getHandedOverOn() {
        HandedOverException handedOver = getHandedOver();
        return handedOver == null ? null : handedOver.getHandedOverOn().format(DateTimeFormatter.ofPattern("d MMMM yyyy",
                FacesContext.getCurrentInstance().getViewRoot().getLocale()));
    }

    public void failed() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(500);
    }


    public String getCorrelationId() {
        return correlationId;
    }
}
