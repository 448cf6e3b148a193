package cn.lvzhi.investigations;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;

/** One finding (调查情况) recorded during an investigation. */
@Entity
@Table(name = "investigation_finding")
@Type("InvestigationFinding")
public class InvestigationFinding extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @Column(name = "investigation_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long investigationId;

    @NonNull
    public String text;

    @Column(name = "by_name")
    @NonNull
    public String byName;

    @Column(name = "by_unit_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long byUnitId;

    @Column(name = "recorded_at")
    @NonNull
    public OffsetDateTime recordedAt;
}
