package nl.gebiedsteam.caseload.report.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.report.AnnualReport;
import nl.gebiedsteam.caseload.report.ReportDocument;
import nl.gebiedsteam.caseload.report.ReportDocuments;
import nl.gebiedsteam.caseload.report.ReportService;
import nl.gebiedsteam.caseload.shared.Bundles;
import nl.gebiedsteam.caseload.shared.identity.Role;

/**
 * Downloads of the client-count report. An export always generates the report again through
 * {@link ReportService}, so it gets the same scope check (a team lead: own team only) and the
 * same suppression as the page; nothing the page holds is trusted. Every export is logged.
 */
@Stateless
@RolesAllowed({Role.POLICY_OFFICER_NAME, Role.TEAM_LEAD_NAME, Role.PRIVACY_OFFICER_NAME})
public class ReportExportService {

    @Inject
    ReportService reports;

    @Inject
    AccessLog accessLog;

    public ExportFile export(LocalDate from, LocalDate to, Long teamId, ExportFormat format, Locale locale) {
        AnnualReport report = reports.generate(from, to, teamId);
        ResourceBundle bundle = Bundles.messages(locale);
        ReportDocument document = ReportDocuments.of(report, reports.trend(to.getYear(), teamId), bundle);
        byte[] content = switch (format) {
            case CSV -> CsvWriter.write(document);
            case XLSX -> XlsxWriter.write(document, bundle.getString("report.sheet.report"),
                    bundle.getString("report.definitions"));
            case PDF -> PdfWriter.write(document, bundle.getString("report.definitions"));
        };
        accessLog.success(AccessEvent.EXPORT, null, ReportService.OBJECT, format + " report " + from + ".." + to
                + "; team=" + (report.teamName() == null ? "all" : report.teamName()));
        return new ExportFile(document.fileName() + "." + format.extension(), format.contentType(), content);
    }
}
