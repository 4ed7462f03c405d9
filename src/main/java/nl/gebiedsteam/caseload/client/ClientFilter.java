package nl.gebiedsteam.caseload.client;

import java.io.Serializable;
import java.time.LocalDate;
import nl.gebiedsteam.caseload.audit.SearchTerms;

/** The client list's search fields; empty fields do not filter. */
public class ClientFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String bsn;
    private LocalDate dateOfBirth;
    private ClientStatus status;
    private Long responsibleId;

    /** What was searched for, for the access log: the identifying terms only as their pseudonyms. */
    String describe(SearchTerms terms) {
        StringBuilder text = new StringBuilder();
        append(text, "name", terms.pseudonym(name));
        append(text, "bsn", terms.pseudonym(bsn));
        append(text, "dateOfBirth", terms.pseudonym(dateOfBirth));
        append(text, "status", status);
        append(text, "responsibleId", responsibleId);
        return text.length() == 0 ? "all" : text.toString();
    }

    private static void append(StringBuilder text, String field, Object value) {
        if (value != null && !value.toString().isBlank()) {
            text.append(text.length() == 0 ? "" : "; ").append(field).append('=').append(value);
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getBsn() {
        return bsn;
    }

    public void setBsn(String bsn) {
        this.bsn = bsn;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public ClientStatus getStatus() {
        return status;
    }

    public void setStatus(ClientStatus status) {
        this.status = status;
    }

    public Long getResponsibleId() {
        return responsibleId;
    }

    public void setResponsibleId(Long responsibleId) {
        this.responsibleId = responsibleId;
    }
}
