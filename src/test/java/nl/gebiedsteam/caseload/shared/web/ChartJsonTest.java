package nl.gebiedsteam.caseload.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ChartJsonTest {

    @Test
    void aNameThatClosesTheScript_cannotLeaveIt_butReadsTheSameToTheChart() {
        String name = "</script><script>alert('x')</script> & \u2028 Team";
        JsonObject chart = Json.createObjectBuilder().add("data", Json.createObjectBuilder()
                .add("labels", Json.createArrayBuilder().add(name))).build();

        String written = ChartJson.of(chart);

        assertFalse(written.contains("<") || written.contains(">") || written.contains("&")
                || written.contains("\u2028"), written);
        JsonObject read = Json.createReader(new StringReader(written)).readObject();
        assertEquals(name, read.getJsonObject("data").getJsonArray("labels").getString(0));
    }
}
