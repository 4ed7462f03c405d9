package nl.gebiedsteam.caseload.privacy.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.gebiedsteam.caseload.privacy.SubjectAccessLetterService;
import nl.gebiedsteam.caseload.shared.web.Downloads;

/**
 * The documents of a subject-access letter, streamed: {@code GET /privacy/letter-documents?letter=N}
 * is the ZIP of the documents a released letter gives, offered beside its PDF; {@code GET
 * /privacy/letter-document?passage=N} is the one document a passage lists, for the privacy officer to
 * read before deciding on it. A servlet rather than a Faces download, so the ZIP goes onto the response
 * as it is made and a refusal (a draft, a destroyed file, a guessed id) becomes the usual 403 or 404
 * page through the correlation filter before anything is written. Both paths are under /privacy/,
 * which web.xml opens to the privacy officer only; the service checks the role again and logs.
 */
@WebServlet({LetterDocumentsServlet.ZIP, LetterDocumentsServlet.ONE})
public class LetterDocumentsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String ZIP = "/privacy/letter-documents";
    static final String ONE = "/privacy/letter-document";

    @Inject
    SubjectAccessLetterService letters;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        if (ZIP.equals(request.getServletPath())) {
            letters.documents(Downloads.id(request.getParameter("letter")), letter -> Downloads.attachment(response,
                    "application/zip", zipName(letter.clientId(), letter.id())));
        } else {
            letters.listedDocument(Downloads.id(request.getParameter("passage")), file -> {
                response.setContentLengthLong(file.sizeBytes());
                return Downloads.attachment(response, file.mediaType(), file.fileName());
            });
        }
    }

    static String zipName(long clientId, long letterId) {
        return "inzagedocumenten-client-" + clientId + "-" + letterId + ".zip";
    }
}
