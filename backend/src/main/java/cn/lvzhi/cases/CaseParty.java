package cn.lvzhi.cases;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;

/**
 * That a unit is a party to a case — it originated the case, sent or received one of its dispatches — or lies above
 * such a unit. Written only by the database (V47's triggers, on every insert of a case or a dispatch) and read by
 * {@link CaseVisibility}: a department's or township's cases are the rows of its acting unit.
 */
@Entity
@Immutable
@Table(name = "case_party")
@IdClass(CaseParty.Key.class)
public class CaseParty extends PanacheEntityBase {
    @Id
    @Column(name = "unit_id")
    public Long unitId;

    @Id
    @Column(name = "case_id")
    public Long caseId;

    /** The identity of a party row: the unit and the case. */
    public record Key(Long unitId, Long caseId) implements Serializable {
    }
}
