package nl.gebiedsteam.caseload.pathway;

import java.io.Serializable;

/** What the intake and plan forms share: which pathway and client they belong to, and whether they may change now. */
public abstract class PathwayPartForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long pathwayId;
    private long clientId;
    private boolean editable;

    public long getPathwayId() {
        return pathwayId;
    }

    public void setPathwayId(long pathwayId) {
        this.pathwayId = pathwayId;
    }

    public long getClientId() {
        return clientId;
    }

    public void setClientId(long clientId) {
        this.clientId = clientId;
    }

    /** Whether the pathway's phase allows changing this now (shown read-only otherwise). */
    public boolean isEditable() {
        return editable;
    }

    public void setEditable(boolean editable) {
        this.editable = editable;
    }
}
