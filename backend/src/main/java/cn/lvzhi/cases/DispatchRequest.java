package cn.lvzhi.cases;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A dispatchCase sent with a client key (派单幂等键): whose key, a fingerprint of what was asked, and the dispatches
 * it made — what a retry with the same key answers with ({@link DispatchService#dispatch}). Unique per caller and key.
 */
@Entity
@Table(name = "case_dispatch_request")
public class DispatchRequest extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "by_subject")
    public String bySubject;

    @Column(name = "client_key")
    public String clientKey;

    @Column(name = "payload_hash")
    public String payloadHash;

    @Column(name = "case_id")
    public Long caseId;

    @Column(name = "dispatch_ids")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<Long> dispatchIds;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
