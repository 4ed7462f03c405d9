package nl.gebiedsteam.caseload.shared.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestGuardFilterTest {

    @Test
    void aViewStateInTheQuery_isFound_howeverEncoded() {
        assertTrue(RequestGuardFilter.carriesViewState("jakarta.faces.ViewState=1:2"));
        assertTrue(RequestGuardFilter.carriesViewState("id=4&jakarta%2Efaces%2EViewState=x"));
        assertTrue(RequestGuardFilter.carriesViewState("%zz=1"), "a parameter name that does not decode");
        assertFalse(RequestGuardFilter.carriesViewState(null));
        assertFalse(RequestGuardFilter.carriesViewState("id=4&q=M%C3%BCller"));
        assertFalse(RequestGuardFilter.carriesViewState("q=jakarta.faces.ViewState"), "as a value it is just text");
    }
}
