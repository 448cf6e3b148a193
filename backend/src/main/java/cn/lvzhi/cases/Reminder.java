package cn.lvzhi.cases;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;

/** A reminder (催办/督办) urging the handler of a dispatch. */
@Entity
@Table(name = "case_reminder")
@Type("Reminder")
public class Reminder extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @Column(name = "dispatch_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long dispatchId;

    @Column(name = "case_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long caseId;

    @Column(name = "from_unit_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long fromUnitId;

    @Ignore
    @Column(name = "by_subject")
    public String bySubject;

    @Column(name = "by_name")
    @NonNull
    public String byName;

    @NonNull
    public String message;

    @Column(name = "created_at")
    @NonNull
    public OffsetDateTime createdAt;
}
