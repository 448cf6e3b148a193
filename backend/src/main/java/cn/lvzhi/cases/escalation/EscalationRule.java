package cn.lvzhi.cases.escalation;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/**
 * A 催督办规则 of a district (or, without one, the default every district inherits), for one case category or, without
 * one, the district's default: what the escalation job does before and after a hop's deadline.
 */
@Entity
@Table(name = "escalation_rule")
public class EscalationRule extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "region_unit_id")
    public Long regionUnitId;

    @Column(name = "category_item_id")
    public Long categoryItemId;

    @Column(name = "category_text")
    public String categoryText;

    @Column(name = "warn_before_hours")
    public int warnBeforeHours;

    @Column(name = "remind_at_deadline")
    public boolean remindAtDeadline;

    @Column(name = "escalate_after_days")
    public Integer escalateAfterDays;

    @Column(name = "in_force_since")
    public OffsetDateTime inForceSince;

    @Version
    public int version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by_name")
    public String updatedByName;

    public EscalationTiming.Settings settings() {
        return new EscalationTiming.Settings(warnBeforeHours, remindAtDeadline, escalateAfterDays);
    }

    /** True for a district's default (no category). */
    public boolean isDistrictDefault() {
        return categoryItemId == null && categoryText == null;
    }

    /** True when the caller read this version (a change from an older read is stale). */
    public boolean versionMatches(Integer read) {
        return read != null && read == version;
    }
}
