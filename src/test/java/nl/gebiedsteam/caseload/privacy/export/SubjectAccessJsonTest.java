package nl.gebiedsteam.caseload.privacy.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import nl.gebiedsteam.caseload.privacy.SubjectAccessExport;
import nl.gebiedsteam.caseload.privacy.SubjectAccessExport.Section;
import org.junit.jupiter.api.Test;

class SubjectAccessJsonTest {

    private static final String AWKWARD = "Zei: \"ik kom niet\"\nen ging weg\t\\ klaar";

    private static SubjectAccessExport export() {
        Section contacts = new Section("contacts", "Contacten", List.of("Datum", "Naam", "Verslag"), List.of(
                Arrays.asList("01-02-2026", "Ëlif Çelik", null),
                Arrays.asList("03-02-2026", null, AWKWARD)));
        Section measures = new Section("measures", "Maatregelen", List.of("Soort"), List.of());
        return new SubjectAccessExport(42, "Inzageverzoek cliënt 42",
                List.of("Cliëntnummer 42", "Gemaakt op 06-12-2026 07:10 door hanna.privacy"),
                List.of(contacts, measures), "Geen gegevens vastgelegd.");
    }

    private static JsonObject parse(byte[] json) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(json))) {
            return reader.readObject();
        }
    }

    @Test
    void write_hasClientTitleHeaderAndSectionsInOrder() {
        JsonObject json = parse(SubjectAccessJson.write(export()));

        assertEquals(42, json.getJsonNumber("clientId").longValueExact());
        assertEquals("Inzageverzoek cliënt 42", json.getString("title"));
        assertEquals(List.of("Cliëntnummer 42", "Gemaakt op 06-12-2026 07:10 door hanna.privacy"),
                json.getJsonArray("header").getValuesAs(JsonString::getString));
        assertEquals(List.of("contacts", "measures"), json.getJsonArray("sections").stream()
                .map(section -> section.asJsonObject().getString("key")).toList());
        JsonObject contacts = json.getJsonArray("sections").getJsonObject(0);
        assertEquals("Contacten", contacts.getString("title"));
        assertEquals(List.of("Datum", "Naam", "Verslag"), contacts.getJsonArray("columns")
                .getValuesAs(JsonString::getString));
    }

    @Test
    void write_rowIsObjectKeyedByColumnInColumnOrder() {
        JsonObject row = parse(SubjectAccessJson.write(export()))
                .getJsonArray("sections").getJsonObject(0).getJsonArray("rows").getJsonObject(0);

        assertEquals(List.of("Datum", "Naam", "Verslag"), List.copyOf(row.keySet()));
        assertEquals("01-02-2026", row.getString("Datum"));
    }

    @Test
    void write_keepsNullsAndNonAsciiValues() {
        byte[] bytes = SubjectAccessJson.write(export());
        JsonObject row = parse(bytes).getJsonArray("sections").getJsonObject(0).getJsonArray("rows").getJsonObject(0);

        assertEquals("Ëlif Çelik", row.getString("Naam"));
        assertEquals(JsonValue.NULL, row.get("Verslag"));
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("Ëlif Çelik"), "written as UTF-8, not escaped");
    }

    @Test
    void write_valueWithQuotesNewlinesAndBackslash_roundTripsExactly() {
        JsonObject row = parse(SubjectAccessJson.write(export()))
                .getJsonArray("sections").getJsonObject(0).getJsonArray("rows").getJsonObject(1);

        assertEquals(AWKWARD, row.getString("Verslag"));
        assertEquals(JsonValue.NULL, row.get("Naam"));
    }

    @Test
    void write_sectionWithoutRows_hasEmptyRowsArray() {
        JsonObject measures = parse(SubjectAccessJson.write(export())).getJsonArray("sections").getJsonObject(1);

        assertEquals(List.of("Soort"), measures.getJsonArray("columns").getValuesAs(JsonString::getString));
        assertTrue(measures.getJsonArray("rows").isEmpty());
    }
}
