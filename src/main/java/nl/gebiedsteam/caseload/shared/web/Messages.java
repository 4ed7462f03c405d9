package nl.gebiedsteam.caseload.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.gebiedsteam.caseload.shared.Bundles;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.ConcurrentEditException;
import nl.gebiedsteam.caseload.shared.Times;

/** Faces messages from the bundle, in the view's language; flash messages survive a redirect. */
public final class Messages {

    /** Messages whose arguments are enum names, shown through their labels ("pathwayStatus.ACTIVE"). */
    private static final Map<String, String> ENUM_ARGUMENTS = Map.of("pathway.transition.illegal", "pathwayStatus.");

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context.getViewRoot() == null ? Locale.forLanguageTag("nl") : context.getViewRoot().getLocale();
        ResourceBundle bundle = Bundles.messages(locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = bundle.getString("error.generic");
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public static void warn(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_WARN, text(key, arguments));
    }

    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /**
     * Runs a page's action; a refusal becomes a message for the whole page (the typed input stays
     * on screen) and the answer is false.
     */
    public static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (CaseloadException e) {
            error(null, e);
            return false;
        }
    }

    /** The refusal in the user's language; a lost update names who saved first and when. */
    public static void error(String clientId, CaseloadException e) {
        if (e instanceof ConcurrentEditException conflict) {
            if (conflict.getModifiedBy() == null) {
                error(clientId, "error.concurrentEdit.unknown");
            } else {
                error(clientId, "error.concurrentEdit.named", conflict.getModifiedBy(),
                        Times.forMessage(conflict.getModifiedAtUtc()));
            }
            return;
        }
        Object[] arguments = e.getArguments();
        String labelPrefix = ENUM_ARGUMENTS.get(e.getMessageKey());
        if (labelPrefix != null) {
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = text(labelPrefix + arguments[i]);
            }
        }
        error(clientId, e.getMessageKey(), arguments);
    }

    /**
     * A refusal about one field: the message beside the field, and the field marked invalid, so
     * that it is rendered with aria-invalid and its label in the error colour, as after a failed
     * validation. The refusal then is not only at the top of the page.
     */
    public static void fieldError(String clientId, CaseloadException e) {
        error(clientId, e);
        markInvalid(clientId);
    }

    /** {@link #fieldError(String, CaseloadException)} for a check the page makes itself. */
    public static void fieldError(String clientId, String key, Object... arguments) {
        error(clientId, key, arguments);
        markInvalid(clientId);
    }

    private static void markInvalid(String clientId) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.getViewRoot().findComponent(clientId) instanceof UIInput input) {
            input.setValid(false);
        }
        context.validationFailed();
    }

    /** An info message shown on the page reached after the redirect (post-redirect-get). */
    public static void flash(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        info(key, arguments);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
