package nl.gebiedsteam.caseload.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.ServletException;
import nl.gebiedsteam.caseload.shared.AccessDeniedException;
import nl.gebiedsteam.caseload.shared.NotFoundException;
import org.primefaces.csp.CspException;
import org.junit.jupiter.api.Test;

class CorrelationFilterTest {

    @Test
    void refusals_becomeStatuses_howeverDeeplyWrapped() {
        assertEquals(403, CorrelationFilter.statusFor(new ServletException(new FacesException(new AccessLocalException()))));
        assertEquals(403, CorrelationFilter.statusFor(new EJBException(new EJBAccessException("no role"))));
        assertEquals(403, CorrelationFilter.statusFor(new FacesException(new AccessDeniedException())));
        assertEquals(404, CorrelationFilter.statusFor(new ServletException(new NotFoundException())));
        assertEquals(400, CorrelationFilter.statusFor(new ViewExpiredException("gone")));
        assertEquals(400, CorrelationFilter.statusFor(new ServletException(new CspException("CSP nonce mismatch"))));
        assertNull(CorrelationFilter.statusFor(new IllegalStateException("a bug stays a 500")));
    }
}
