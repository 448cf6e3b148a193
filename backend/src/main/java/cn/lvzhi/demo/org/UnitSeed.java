package cn.lvzhi.demo.org;

import cn.lvzhi.org.UnitCategory;
import cn.lvzhi.org.UnitKind;
import cn.lvzhi.org.UnitLevel;

import java.util.Objects;

/**
 * One unit (单位) of demo or benchmark data, before it is persisted: the tree is expressed through
 * {@code parentCode}, so a list of seeds can be loaded in order without knowing database ids.
 *
 * @param code       stable, unique unit code (e.g. {@code JZ-QH-D10})
 * @param name       full Chinese name, unique among its siblings
 * @param kind       what kind of body it is
 * @param level      administrative level
 * @param category   category for differentiated indicators; {@code null} for units that are not assessed as departments
 * @param creditCode 统一社会信用代码, or {@code null} when the unit has none (internal offices, villages, grids …)
 * @param parentCode code of the parent unit, {@code null} only for the root
 * @param sortOrder  position among its siblings, starting at 1
 */
public record UnitSeed(
        String code,
        String name,
        UnitKind kind,
        UnitLevel level,
        UnitCategory category,
        String creditCode,
        String parentCode,
        int sortOrder) {

    public UnitSeed {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(level, "level");
        if (code.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("code and name must not be blank");
        }
    }
}
