package nl.gebiedsteam.caseload.measure.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.gebiedsteam.caseload.measure.MeasureAccess;
import nl.gebiedsteam.caseload.measure.MeasureService;
import org.omnifaces.cdi.ViewScoped;

/**
 * /client/view.xhtml, the measures part of the header: whether the caller may open the measures
 * (assigned caseworker or team lead) or sees only how many restricted items there are.
 */
@Named
@ViewScoped
public class FileMeasureAccessBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeasureService measureService;

    private MeasureAccess access;

    public void load(long clientId) {
        access = measureService.access(clientId);
    }

    public MeasureAccess getAccess() {
        return access;
    }
}
