package nl.gebiedsteam.caseload.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClientNameTest {

    @Test
    void givenNames_prefix_surname_withoutADoubleSpaceWhenThereIsNoPrefix() {
        assertEquals("Naomi van Ginkel", ClientName.of("Naomi", "van", "Ginkel"));
        assertEquals("Jan Pieter van de Kamp", ClientName.of("Jan Pieter", "van de", "Kamp"));
        assertEquals("Sanne Huisman", ClientName.of("Sanne", null, "Huisman"));
        assertEquals("Sanne Huisman", ClientName.of("Sanne", " ", "Huisman"));
    }
}
