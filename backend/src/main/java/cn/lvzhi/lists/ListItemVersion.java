package cn.lvzhi.lists;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** One published state of an item (版本); written once on approval, never changed. */
@Entity
@Table(name = "list_item_version")
@IdClass(ListItemVersion.Key.class)
@Type("ListItemVersion")
public class ListItemVersion extends PanacheEntityBase {
    /** Composite key: item and version number. */
    public record Key(Long itemId, Integer versionNo) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "item_id")
    @Ignore
    public Long itemId;

    @Id
    @Column(name = "version_no")
    @NonNull
    public Integer versionNo;

    @NonNull
    public String name;

    @Column(name = "unit_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long unitId;

    @NonNull
    @Enumerated(EnumType.STRING)
    public ItemStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @NonNull
    public ItemDetails details;

    @Column(name = "change_id")
    @org.eclipse.microprofile.graphql.Id
    public Long changeId;

    @Column(name = "published_at", updatable = false)
    @NonNull
    public OffsetDateTime publishedAt;

    @Column(name = "published_by")
    @NonNull
    public String publishedBy;
}
