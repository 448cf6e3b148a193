package cn.lvzhi.evaluation.sanding;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;

/**
 * A 三定 execution finding: how a department performed one duty of its mandate in an evaluation round (履行到位, 缺位,
 * 越位, 错位), recorded by 编办 with a note and evidence; one per duty and round, editable until the round is published.
 */
@Entity
@Table(name = "evaluation_duty_finding")
@Type("DutyFinding")
public class DutyFinding extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @Column(name = "round_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long roundId;

    @Column(name = "duty_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long dutyId;

    @Column(name = "unit_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long unitId;

    @Enumerated(EnumType.STRING)
    @NonNull
    public Verdict verdict;

    @Column(name = "wrong_unit_id")
    @org.eclipse.microprofile.graphql.Id
    @Description("错位: the unit that performed the duty instead")
    public Long wrongUnitId;

    public String note;

    public String evidence;

    @Column(name = "problem_id")
    @Ignore
    public Long problemId;

    @Column(name = "follow_up_problem_id")
    @Ignore
    public Long followUpProblemId;

    @Column(name = "recorded_by_name")
    @NonNull
    public String recordedByName;

    @Column(name = "recorded_at", updatable = false)
    @NonNull
    public OffsetDateTime recordedAt;

    @Column(name = "updated_at")
    @NonNull
    public OffsetDateTime updatedAt;

    @Version
    @NonNull
    public int version;

    @NonNull
    @Description("Whether the finding (缺位, 越位 or 错位) raised a problem for the rectification ledger")
    public boolean isProblemRaised() {
        return problemId != null;
    }

    @NonNull
    @Description("Whether the failed follow-up of the duty (取消/加强 not carried out) raised a problem for the ledger")
    public boolean isFollowUpProblemRaised() {
        return followUpProblemId != null;
    }
}
