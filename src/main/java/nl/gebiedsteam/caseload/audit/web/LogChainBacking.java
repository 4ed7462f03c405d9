package nl.gebiedsteam.caseload.audit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.gebiedsteam.caseload.audit.AccessLogChain;
import nl.gebiedsteam.caseload.audit.AccessLogChainService;

/** /privacy/chain.xhtml: the privacy officer checks that the access log is unchanged. */
@Named
@RequestScoped
public class LogChainBacking {

    @Inject
    AccessLogChainService chainService;

    private AccessLogChain.Report report;

    public void verify() {
        report = chainService.verify();
    }

    public AccessLogChain.Report getReport() {
        return report;
    }
}
