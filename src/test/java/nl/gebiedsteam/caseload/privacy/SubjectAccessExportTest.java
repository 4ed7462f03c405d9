package nl.gebiedsteam.caseload.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.gebiedsteam.caseload.privacy.SubjectAccessExport.Section;
import org.junit.jupiter.api.Test;

class SubjectAccessExportTest {

    @Test
    void section_copiesRowsKeepingNulls_andIsUnmodifiable() {
        List<String> row = new ArrayList<>(Arrays.asList("a", null));
        List<List<String>> rows = new ArrayList<>(List.of(row));

        Section section = new Section("k", "T", List.of("A", "B"), rows);
        row.set(0, "changed");
        rows.clear();

        assertEquals(Arrays.asList("a", null), section.rows().get(0));
        assertNull(section.rows().get(0).get(1));
        assertThrows(UnsupportedOperationException.class, () -> section.rows().get(0).set(0, "x"));
        assertThrows(UnsupportedOperationException.class, () -> section.rows().clear());
    }

    @Test
    void section_rejectsRowOfWrongLengthAndRepeatedColumn() {
        assertThrows(IllegalArgumentException.class,
                () -> new Section("k", "T", List.of("A", "B"), List.of(List.of("only one"))));
        assertThrows(IllegalArgumentException.class,
                () -> new Section("k", "T", List.of("A", "A"), List.of()));
    }
}
