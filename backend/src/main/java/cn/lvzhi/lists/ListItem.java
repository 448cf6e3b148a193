package cn.lvzhi.lists;

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
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;

/** An item of one of the lists (清单事项): its current published content, or the proposal while a draft. */
@Entity
@Table(name = "list_item")
@Type("ListItem")
public class ListItem extends PanacheEntityBase {
    /** What an item code (事项编码) may be: letters, digits and '-', at most 64, not starting with '-'. */
    public static final String CODE_FORMAT = "[A-Za-z0-9][A-Za-z0-9-]{0,63}";
    /** The rule of {@link #CODE_FORMAT} as a user reads it. */
    public static final String CODE_RULE = "事项编码须由字母、数字和连字符组成，最长 64 位 (code: letters, digits and '-')";
    /** The longest item name (事项名称), in characters. */
    public static final int NAME_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @NonNull
    @Enumerated(EnumType.STRING)
    public ListKind kind;

    @NonNull
    public String code;

    @NonNull
    public String name;

    @Column(name = "unit_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description("The owner: implementing unit, office, lead unit or village")
    public Long unitId;

    @NonNull
    @Enumerated(EnumType.STRING)
    public ItemStatus status;

    @Column(name = "published_version")
    @NonNull
    @Description("The published version shown (0 while never approved)")
    public int publishedVersion;

    @JdbcTypeCode(SqlTypes.JSON)
    @NonNull
    public ItemDetails details;

    @Ignore
    @Column(name = "power_type")
    @Enumerated(EnumType.STRING)
    public PowerType powerType;

    @Ignore
    @Column(name = "item_level")
    @Enumerated(EnumType.STRING)
    public UnitLevel itemLevel;

    @Ignore
    @Column(name = "catalogue_code")
    public String catalogueCode;

    @Ignore
    @Column(name = "search_text")
    public String searchText;

    @Version
    @NonNull
    public int version;

    @Ignore
    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Ignore
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** Keeps the filter columns and the search text in step with the content. */
    public void setContent(String newName, ItemDetails newDetails) {
        name = newName;
        details = newDetails;
        ItemDetails.Power power = newDetails.power();
        powerType = power == null ? null : power.type();
        itemLevel = power == null ? null : power.level();
        catalogueCode = power == null ? null : power.catalogueCode();
        searchText = ItemTexts.searchText(newName, newDetails);
        updatedAt = OffsetDateTime.now();
    }
}
