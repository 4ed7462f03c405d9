package nl.gebiedsteam.caseload.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import nl.gebiedsteam.caseload.shared.BaseEntity;

/**
 * A worker's hours per week as their team lead enters them for the caseload review. Kept here, not
 * on the worker record: the worker is the administrator's, the norm is the team lead's. Null hours
 * mean no norm.
 */
@Entity
@Table(name = "worker_caseload_norm")
@NamedQuery(name = "WorkerNorm.findByWorker", query = "SELECT n FROM WorkerNorm n WHERE n.workerId = :workerId")
@NamedQuery(name = "WorkerNorm.findByWorkers", query = "SELECT n FROM WorkerNorm n WHERE n.workerId IN :workerIds")
public class WorkerNorm extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "worker_id", nullable = false, updatable = false)
    private long workerId;

    @Column(name = "hours_per_week", precision = 3, scale = 1)
    private BigDecimal hoursPerWeek;

    protected WorkerNorm() {
    }

    WorkerNorm(long workerId) {
        this.workerId = workerId;
    }

    public long getWorkerId() {
        return workerId;
    }

    public BigDecimal getHoursPerWeek() {
        return hoursPerWeek;
    }

    void setHoursPerWeek(BigDecimal hoursPerWeek) {
        this.hoursPerWeek = hoursPerWeek;
    }
}
