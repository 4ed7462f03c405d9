package nl.gebiedsteam.caseload.measure.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.gebiedsteam.caseload.measure.ExpiringMeasure;
import nl.gebiedsteam.caseload.measure.MeasureService;
import nl.gebiedsteam.caseload.shared.SettingKey;
import nl.gebiedsteam.caseload.shared.Settings;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** /measure/expiring.xhtml: "maatregelen die aflopen" — the team's (or my) measures ending soon or overdue. */
@Named
@ViewScoped
public class MeasureExpiringBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeasureService measureService;

    @Inject
    Settings settings;

    private final LazyDataModel<ExpiringMeasure> expiring = new Expiring();

    /** The window the list uses, for the explanation above it (a setting, 60 by default). */
    public int getWindowDays() {
        return settings.get(SettingKey.MEASURE_EXPIRY_WINDOW_DAYS);
    }

    public LazyDataModel<ExpiringMeasure> getExpiring() {
        return expiring;
    }

    /** Page by page from the database; rows link to the client's register, no row key is trusted. */
    private final class Expiring extends LazyDataModel<ExpiringMeasure> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) measureService.countExpiring();
        }

        @Override
        public List<ExpiringMeasure> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return measureService.expiring(first, pageSize);
        }

        @Override
        public String getRowKey(ExpiringMeasure row) {
            return Long.toString(row.measureId());
        }

        @Override
        public ExpiringMeasure getRowData(String rowKey) {
            return null;
        }
    }
}
