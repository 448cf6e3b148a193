package cn.lvzhi.cases;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;

/** A reopening (重办) of a closed case: who, when, why, and the round of handling it started. */
@Entity
@Table(name = "case_reopening")
@Type("CaseReopening")
public class CaseReopening extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @Column(name = "case_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long caseId;

    @NonNull
    @Description("The round of handling this reopening started (2 for the first reopening)")
    public int round;

    @NonNull
    @Description("重办理由")
    public String reason;

    @Ignore
    @Column(name = "by_subject")
    public String bySubject;

    @Column(name = "by_name")
    @NonNull
    public String byName;

    @Column(name = "by_unit_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long byUnitId;

    @Ignore
    @Column(name = "client_key")
    public String clientKey;

    @Ignore
    @Column(name = "payload_hash")
    public String payloadHash;

    @Column(name = "reopened_at")
    @NonNull
    public OffsetDateTime reopenedAt;
}
