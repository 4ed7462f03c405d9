package nl.gebiedsteam.caseload.report.export;

/** A finished download: file name, content type and bytes. */
public record ExportFile(String name, String contentType, byte[] content) {
}
