package cn.lvzhi.evaluation.draws;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/** An inspector of the region's register (察访人员库); the units they worked in before are kept beside. */
@Entity
@Table(name = "evaluation_inspector")
public class Inspector extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "region_path")
    public String regionPath;

    public String code;

    public String name;

    @Column(name = "unit_id")
    public Long unitId;

    public boolean active;

    @Version
    public int version;

    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;
}
