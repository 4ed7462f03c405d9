package nl.gebiedsteam.caseload.shared.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Gives every new view the session's language (Dutch unless the user chose English) instead of the
 * browser's Accept-Language. {@code f:view locale} only applies when the page renders; without this,
 * texts made earlier in the request — a view action, an action's message, a download — would follow
 * the browser's language.
 */
public class SessionLocaleViewHandler extends ViewHandlerWrapper {

    public SessionLocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(LocaleBacking.class).get().getLocale();
    }
}
