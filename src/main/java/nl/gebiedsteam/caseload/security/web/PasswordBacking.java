package nl.gebiedsteam.caseload.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.web.Messages;
import nl.gebiedsteam.caseload.worker.AccountService;

/** /account/password.xhtml: change one's own password. */
@Named
@RequestScoped
public class PasswordBacking {

    @Inject
    AccountService accountService;

    private String current;
    private String replacement;
    private String repeat;

    public boolean isRequired() {
        return accountService.mustChangePassword();
    }

    public String save() {
        if (replacement == null || !replacement.equals(repeat)) {
            Messages.fieldError("password:repeat", "account.password.mismatch");
            return null;
        }
        try {
            accountService.changePassword(current.toCharArray(), replacement.toCharArray());
        } catch (CaseloadException e) {
            // a wrong current password is about the first field; too short or unchanged about the new one
            Messages.fieldError("account.password.currentWrong".equals(e.getMessageKey()) ? "password:current"
                    : "password:replacement", e);
            return null;
        }
        Messages.flash("account.password.changed");
        return "/index.xhtml?faces-redirect=true";
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
