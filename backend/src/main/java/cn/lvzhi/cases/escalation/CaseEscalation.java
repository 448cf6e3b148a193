package cn.lvzhi.cases.escalation;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One step the escalation job took on a hop (临期提醒, 催办 or 督办): unique per hop, clock and level. */
@Entity
@Table(name = "case_escalation")
public class CaseEscalation extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dispatch_id")
    public Long dispatchId;

    @Column(name = "case_id")
    public Long caseId;

    @Enumerated(EnumType.STRING)
    public EscalationClock clock;

    @Enumerated(EnumType.STRING)
    public EscalationLevel level;

    public OffsetDateTime deadline;

    @Column(name = "rule_id")
    public Long ruleId;

    @Column(name = "recipient_unit_id")
    public Long recipientUnitId;

    @Column(name = "event_id")
    public Long eventId;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;
}
