package nl.gebiedsteam.caseload.shared.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;

/** The user's language: Dutch by default, English on request, kept for the session. */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Locale DUTCH = Locale.forLanguageTag("nl");

    private Locale locale = DUTCH;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public boolean isDutch() {
        return DUTCH.getLanguage().equals(locale.getLanguage());
    }

    /** Switches between Dutch and English and reloads the current page with a GET. */
    public void toggle() throws IOException {
        locale = isDutch() ? Locale.ENGLISH : DUTCH;
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(locale);
        var external = context.getExternalContext();
        String query = ((jakarta.servlet.http.HttpServletRequest) external.getRequest()).getQueryString();
        external.redirect(external.getRequestContextPath() + context.getViewRoot().getViewId()
                + (query == null ? "" : "?" + query));
    }
}
