package nl.gebiedsteam.caseload.signal.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.gebiedsteam.caseload.signal.FlaggedClient;
import nl.gebiedsteam.caseload.signal.SignalRow;
import nl.gebiedsteam.caseload.signal.SignalService;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * /signal/list.xhtml: the team's signal overview — signals waiting for someone (oldest first) and
 * the clients flagged for combined observations.
 */
@Named
@ViewScoped
public class SignalListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SignalService signalService;

    private List<FlaggedClient> flagged;
    private final LazyDataModel<SignalRow> open = new OpenSignals();

    public void load() {
        flagged = signalService.teamFlagged();
    }

    public List<FlaggedClient> getFlagged() {
        return flagged;
    }

    public LazyDataModel<SignalRow> getOpen() {
        return open;
    }

    /** Open signals page by page; rows link to the signal page, so no row key is ever trusted. */
    private final class OpenSignals extends LazyDataModel<SignalRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) signalService.countTeamOpen();
        }

        @Override
        public List<SignalRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return signalService.teamOpen(first, pageSize);
        }

        @Override
        public String getRowKey(SignalRow row) {
            return Long.toString(row.id());
        }

        @Override
        public SignalRow getRowData(String rowKey) {
            return null;
        }
    }
}
