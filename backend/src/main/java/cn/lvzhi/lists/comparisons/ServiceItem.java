package cn.lvzhi.lists.comparisons;

import cn.lvzhi.org.UnitLevel;
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
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A government-service item (政务服务事项), carried out under a power item (权责事项) named by its code. */
@Entity
@Table(name = "service_item")
@Type("ServiceItem")
public class ServiceItem extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @NonNull
    public String code;

    @NonNull
    public String name;

    @Column(name = "unit_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description("The implementing unit")
    public Long unitId;

    @Column(name = "item_level")
    @Enumerated(EnumType.STRING)
    @NonNull
    @Description("Implementing level (实施层级)")
    public UnitLevel level;

    @Column(name = "power_item_code")
    @Description("Code of the power item it carries out; none when not yet linked")
    public String powerItemCode;

    @Version
    @NonNull
    public int version;
}
