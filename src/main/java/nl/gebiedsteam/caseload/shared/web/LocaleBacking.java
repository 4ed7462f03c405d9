package nl.gebiedsteam.caseload.shared.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

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

    /**
     * Switches between Dutch and English and reloads the current page with a GET, with the view
     * parameters it was opened with (a client's id, say): the switch is a POST to the bare page, whose
     * own query string no longer holds them, and opening a file page without its id would be reported as
     * an access attempt that failed.
     */
    public void toggle() throws IOException {
        locale = isDutch() ? Locale.ENGLISH : DUTCH;
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(locale);
        String page = context.getApplication().getViewHandler().getBookmarkableURL(context,
                context.getViewRoot().getViewId(), Map.of(), true);
        context.getExternalContext().redirect(page);
    }
}
