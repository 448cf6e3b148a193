package cn.lvzhi.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The legal basis (办理依据) a case or hop names, as stored: the 权责事项 (its list item id, stable across the item's
 * versions), the version current when it was named, and the 监管责任 carried out, as that version words it.
 */
@Embeddable
public class NamedBasis {
    @Column(name = "basis_item_id")
    public Long itemId;

    @Column(name = "basis_item_version")
    public Integer itemVersion;

    @Column(name = "basis_duty")
    public String duty;

    public NamedBasis() {
    }

    public NamedBasis(Long itemId, Integer itemVersion, String duty) {
        this.itemId = itemId;
        this.itemVersion = itemVersion;
        this.duty = duty;
    }
}
