package nl.gebiedsteam.caseload.document.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.gebiedsteam.caseload.document.DocumentService;
import nl.gebiedsteam.caseload.shared.web.Downloads;

/**
 * {@code GET /document/download?id=N}: a document's bytes, as an attachment of the type read from
 * its bytes when it was uploaded, never shown inline (an uploaded HTML or SVG page cannot run in
 * our origin). The scope check and the log line are the service's; a refusal or an unknown id
 * becomes the usual 404 or 403 page through the correlation filter, before anything is written.
 */
@WebServlet("/document/download")
public class DocumentDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    DocumentService documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        documents.download(Downloads.id(request.getParameter("id")), row -> {
            response.setContentLengthLong(row.sizeBytes());
            return Downloads.attachment(response, row.mediaType(), row.fileName());
        });
    }
}
