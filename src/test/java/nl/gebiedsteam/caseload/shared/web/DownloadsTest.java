package nl.gebiedsteam.caseload.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.gebiedsteam.caseload.shared.NotFoundException;
import org.junit.jupiter.api.Test;

class DownloadsTest {

    @Test
    void theDownloadsName_hasAnAsciiFallback_andTheRealNameEncoded() {
        assertEquals("attachment; filename=\"beschikking.pdf\"; filename*=UTF-8''beschikking.pdf",
                Downloads.contentDisposition("beschikking.pdf"));
        assertEquals("attachment; filename=\"uitspraak _rechtbank_ __n_.pdf\"; "
                + "filename*=UTF-8''uitspraak%20%22rechtbank%22%20%C3%A9%C3%A9n%E2%80%94.pdf",
                Downloads.contentDisposition("uitspraak \"rechtbank\" één—.pdf"));
    }

    @Test
    void anIdThatIsNotANumber_isNotFound() {
        assertEquals(42, Downloads.id(" 42 "));
        for (String bad : new String[] {null, "", "abc", "1e3", "99999999999999999999"}) {
            assertThrows(NotFoundException.class, () -> Downloads.id(bad), bad);
        }
    }
}
