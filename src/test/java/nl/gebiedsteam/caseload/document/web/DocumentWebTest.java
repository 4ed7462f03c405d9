package nl.gebiedsteam.caseload.document.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DocumentWebTest {

    @Test
    void aFileWithoutATitle_getsItsNameWithoutTheExtension() {
        assertEquals("Beschikking rechtbank", ClientDocumentsBacking.titleFrom("Beschikking rechtbank.pdf"));
        assertEquals(".profiel", ClientDocumentsBacking.titleFrom(".profiel"));
        assertEquals(200, ClientDocumentsBacking.titleFrom("x".repeat(250) + ".pdf").length());
    }
}
