package nl.gebiedsteam.caseload.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.gebiedsteam.caseload.security.CurrentCaller;
import nl.gebiedsteam.caseload.security.QrCodeSvg;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.web.Messages;
import nl.gebiedsteam.caseload.worker.AccountService;
import nl.gebiedsteam.caseload.worker.Totp;
import org.omnifaces.cdi.ViewScoped;

/**
 * /account/second-factor.xhtml: set up (or, where not required, turn off) the authenticator app.
 * The secret is generated for this view and stored only once a code from the app proves it was
 * copied correctly.
 */
@Named
@ViewScoped
public class SecondFactorBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String ISSUER = "Caseload";

    @Inject
    AccountService accountService;

    @Inject
    CurrentCaller currentCaller;

    private boolean enabled;
    private boolean required;
    private String secret;
    private String loginName;
    private String code;

    @PostConstruct
    void init() {
        enabled = accountService.hasSecondFactor();
        required = accountService.isSecondFactorRequired();
        loginName = currentCaller.require().loginName();
        secret = enabled ? null : Totp.newSecret();
    }

    public String enable() {
        try {
            accountService.enableSecondFactor(secret, code);
        } catch (CaseloadException e) {
            Messages.error("secondFactor:code", e);
            return null;
        }
        Messages.flash("account.secondFactor.enabled");
        return "/index.xhtml?faces-redirect=true";
    }

    public String disable() {
        try {
            accountService.disableSecondFactor(code);
        } catch (CaseloadException e) {
            Messages.error("secondFactor:code", e);
            return null;
        }
        Messages.flash("account.secondFactor.disabled");
        return "/index.xhtml?faces-redirect=true";
    }

    /** The key in groups of four, as people type it into an app. */
    public String getSecretGrouped() {
        return secret == null ? null : secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    /** The key as the QR code an authenticator app scans. */
    public QrCodeSvg getQrCode() {
        return secret == null ? null : QrCodeSvg.of(Totp.uri(ISSUER, loginName, secret));
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isRequired() {
        return required;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
