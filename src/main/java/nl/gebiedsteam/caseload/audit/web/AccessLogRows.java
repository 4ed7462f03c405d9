package nl.gebiedsteam.caseload.audit.web;

import java.util.List;
import java.util.Map;
import nl.gebiedsteam.caseload.audit.AccessLogQuery;
import nl.gebiedsteam.caseload.audit.AccessLogRow;
import nl.gebiedsteam.caseload.audit.AccessLogSearchService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Access-log lines for a table, page by page, filtered and counted in the database; the page's
 * bean sets the query. Used by the log search and by a client's own log.
 */
public class AccessLogRows extends LazyDataModel<AccessLogRow> {

    private static final long serialVersionUID = 1L;

    private final AccessLogSearchService searchService;
    private AccessLogQuery query = AccessLogQuery.all();

    public AccessLogRows(AccessLogSearchService searchService) {
        this.searchService = searchService;
    }

    public void setQuery(AccessLogQuery query) {
        this.query = query;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, searchService.count(query));
    }

    @Override
    public List<AccessLogRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        return searchService.search(query, first, pageSize);
    }

    @Override
    public String getRowKey(AccessLogRow row) {
        return Long.toString(row.id());
    }

    @Override
    public AccessLogRow getRowData(String rowKey) {
        return null;
    }
}
