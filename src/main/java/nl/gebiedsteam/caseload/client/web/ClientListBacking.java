package nl.gebiedsteam.caseload.client.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.gebiedsteam.caseload.client.ClientFilter;
import nl.gebiedsteam.caseload.client.ClientRow;
import nl.gebiedsteam.caseload.client.ClientService;
import nl.gebiedsteam.caseload.client.ClientStatus;
import nl.gebiedsteam.caseload.security.CurrentCaller;
import nl.gebiedsteam.caseload.shared.Option;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * /client/list.xhtml: the team's clients, paged, sorted and filtered in the database. The search
 * is kept for the session ({@link ClientSearchMemory}) and the table's page and sort by PrimeFaces'
 * multi-view state, so Back returns to the list as it was.
 */
@Named
@ViewScoped
public class ClientListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClientService clientService;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    ClientSearchMemory memory;

    private ClientFilter filter;
    private List<Option> caseworkers;
    private LazyDataModel<ClientRow> clients;

    @PostConstruct
    void init() {
        caseworkers = clientService.responsibleCandidates(currentCaller.require().teamId());
        filter = memory.getFilter();
        clients = new ClientLazyModel(clientService, filter);
    }

    /** {@code ?q=} from the start page's quick search: a new search by name. */
    public void setQuickSearch(String name) {
        // a view parameter is set again on every postback: only the request that brought it counts
        if (name != null && !name.isBlank() && !Faces.isPostback()) {
            memory.startWithName(name.strip());
            filter = memory.getFilter();
            clients = new ClientLazyModel(clientService, filter);
        }
    }

    public String getQuickSearch() {
        return null;
    }

    /** The search button: back to page one; the lazy model reads the new filter when the table renders. */
    public void search() {
        var table = (org.primefaces.component.datatable.DataTable) jakarta.faces.context.FacesContext
                .getCurrentInstance().getViewRoot().findComponent("list:clients");
        table.setFirst(0);
    }

    public ClientFilter getFilter() {
        return filter;
    }

    public List<Option> getCaseworkers() {
        return caseworkers;
    }

    public ClientStatus[] getStatuses() {
        return ClientStatus.values();
    }

    public LazyDataModel<ClientRow> getClients() {
        return clients;
    }

    /** Adapts the service's paged search to the PrimeFaces table; row keys are never trusted for access. */
    static final class ClientLazyModel extends LazyDataModel<ClientRow> {

        private static final long serialVersionUID = 1L;

        private final ClientService service;
        private final ClientFilter filter;

        ClientLazyModel(ClientService service, ClientFilter filter) {
            this.service = service;
            this.filter = filter;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) service.count(filter);
        }

        @Override
        public List<ClientRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            return service.search(filter, first, pageSize, sort == null ? "name" : sort.getField(),
                    sort == null || sort.getOrder() != SortOrder.DESCENDING);
        }

        @Override
        public String getRowKey(ClientRow row) {
            return String.valueOf(row.id());
        }

        @Override
        public ClientRow getRowData(String rowKey) {
            // selection is not used; a key from the browser is never turned into data here
            return null;
        }
    }
}
