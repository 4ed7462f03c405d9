package nl.gebiedsteam.caseload.casefile.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gebiedsteam.caseload.casefile.TimelineEntry;
import nl.gebiedsteam.caseload.casefile.TimelineKind;
import nl.gebiedsteam.caseload.casefile.TimelineService;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** /client/view.xhtml, the timeline: paged in the database, filtered by the kinds ticked above it. */
@Named
@ViewScoped
public class FileTimelineBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TimelineService timelineService;

    private long clientId;
    private List<TimelineKind> timelineKinds = new ArrayList<>();
    private final LazyDataModel<TimelineEntry> timeline = new TimelineModel();

    public void load(long clientId) {
        this.clientId = clientId;
    }

    private final class TimelineModel extends LazyDataModel<TimelineEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) timelineService.count(clientId, kinds());
        }

        @Override
        public List<TimelineEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return timelineService.page(clientId, kinds(), first, pageSize);
        }

        @Override
        public String getRowKey(TimelineEntry entry) {
            return entry.kind() + "-" + entry.refId();
        }

        @Override
        public TimelineEntry getRowData(String rowKey) {
            return null; // no selection on the timeline; a key from the browser is never trusted
        }

        private Set<TimelineKind> kinds() {
            return timelineKinds.isEmpty() ? Set.of() : EnumSet.copyOf(timelineKinds);
        }
    }

    public TimelineKind[] getTimelineKindValues() {
        return TimelineKind.values();
    }

    public LazyDataModel<TimelineEntry> getTimeline() {
        return timeline;
    }

    public List<TimelineKind> getTimelineKinds() {
        return timelineKinds;
    }

    public void setTimelineKinds(List<TimelineKind> timelineKinds) {
        this.timelineKinds = timelineKinds == null ? new ArrayList<>() : new ArrayList<>(timelineKinds);
    }
}
