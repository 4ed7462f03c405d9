package nl.gebiedsteam.caseload.privacy.export;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.gebiedsteam.caseload.privacy.SubjectAccessExport;
import nl.gebiedsteam.caseload.privacy.SubjectAccessExport.Section;

/**
 * The subject-access export as UTF-8 JSON: the exact copy of every value, for the client to reuse elsewhere
 * (GDPR art. 15(3) and art. 20). Each row is an object keyed by column name, in column order, so a reader needs
 * no position bookkeeping; "not recorded" stays JSON {@code null} rather than becoming an empty string.
 *
 * <p>Written with a streaming generator: a long-known client can have thousands of rows, and nothing here needs
 * the whole tree in memory twice.
 */
public final class SubjectAccessJson {

    /** Looking the JSON-P provider up once; {@code Json.createGenerator} repeats the lookup on every call. */
    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    private SubjectAccessJson() {
    }

    public static byte[] write(SubjectAccessExport export) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = GENERATORS.createGenerator(out, StandardCharsets.UTF_8)) {
            json.writeStartObject();
            json.write("clientId", export.clientId());
            json.write("title", export.title());
            strings(json, "header", export.headerLines());
            json.writeStartArray("sections");
            for (Section section : export.sections()) {
                section(json, section);
            }
            json.writeEnd();
            json.writeEnd();
        }
        return out.toByteArray();
    }

    private static void section(JsonGenerator json, Section section) {
        json.writeStartObject();
        json.write("key", section.key());
        json.write("title", section.title());
        strings(json, "columns", section.columns());
        json.writeStartArray("rows");
        for (List<String> row : section.rows()) {
            json.writeStartObject();
            for (int i = 0; i < section.columns().size(); i++) {
                String column = section.columns().get(i);
                String value = row.get(i);
                if (value == null) {
                    json.writeNull(column);
                } else {
                    json.write(column, value);
                }
            }
            json.writeEnd();
        }
        json.writeEnd();
        json.writeEnd();
    }

    private static void strings(JsonGenerator json, String name, List<String> values) {
        json.writeStartArray(name);
        values.forEach(json::write);
        json.writeEnd();
    }
}
