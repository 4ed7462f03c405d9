package nl.gebiedsteam.caseload.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import nl.gebiedsteam.caseload.shared.NotFoundException;

/**
 * What the servlets that stream a file share: a file is always an attachment, never shown inline
 * (an uploaded HTML or SVG page cannot run in our origin), and never cached; an id in the query
 * that is not a number is a record that does not exist.
 */
public final class Downloads {

    private Downloads() {
    }

    /** Sets the headers of an attachment and answers the stream to write it to. */
    public static OutputStream attachment(HttpServletResponse response, String type, String fileName) {
        response.setContentType(type);
        response.setHeader("Content-Disposition", contentDisposition(fileName));
        response.setHeader("Cache-Control", "no-store");
        try {
            return response.getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name as sent: an ASCII fallback, and the real name in RFC 5987 form for every browser that reads it. */
    static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    /** A record's id from the query; anything but a number is "not found". */
    public static long id(String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }
}
