package cn.lvzhi.lists.comparisons;

import cn.lvzhi.lists.ListItem;
import cn.lvzhi.lists.ListLabels;
import cn.lvzhi.lists.PowerType;
import cn.lvzhi.org.UnitLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The cross-level comparison rule (上下联动), pure: items are matched by provincial catalogue code; the county list
 * misses what only the city has, has extra what only it has; matched items must agree on the power type, and each
 * item's implementing level must be its own unit's level.
 */
public final class CrossLevelComparison {
    private CrossLevelComparison() {
    }

    /** One reported difference, before it is stored. */
    public record Finding(ComparisonDifference difference, String catalogueCode, String itemName,
                          ListItem subject, ListItem reference, String subjectValue, String referenceValue) {
    }

    public static List<Finding> compare(List<ListItem> subject, UnitLevel subjectLevel,
                                        List<ListItem> reference, UnitLevel referenceLevel) {
        Map<String, ListItem> own = byCode(subject);
        Map<String, ListItem> city = byCode(reference);
        TreeSet<String> codes = new TreeSet<>(own.keySet());
        codes.addAll(city.keySet());
        List<Finding> findings = new ArrayList<>();
        for (String code : codes) {
            ListItem s = own.get(code);
            ListItem r = city.get(code);
            if (s == null) {
                findings.add(new Finding(ComparisonDifference.MISSING, code, r.name, null, r, null, r.name));
            } else if (r == null) {
                findings.add(new Finding(ComparisonDifference.EXTRA, code, s.name, s, null, s.name, null));
            } else {
                if (s.powerType != r.powerType) {
                    findings.add(new Finding(ComparisonDifference.TYPE_DIFFERS, code, s.name, s, r,
                            label(s.powerType), label(r.powerType)));
                }
                if (s.itemLevel != subjectLevel || r.itemLevel != referenceLevel) {
                    findings.add(new Finding(ComparisonDifference.LEVEL_DIFFERS, code, s.name, s, r,
                            ListLabels.LEVELS.get(s.itemLevel), ListLabels.LEVELS.get(r.itemLevel)));
                }
            }
        }
        return findings;
    }

    private static String label(PowerType type) {
        return type == null ? null : ListLabels.POWER_TYPES.get(type);
    }

    private static Map<String, ListItem> byCode(List<ListItem> items) {
        return items.stream().filter(i -> i.catalogueCode != null)
                .collect(Collectors.toMap(i -> i.catalogueCode, Function.identity(), (a, b) -> a.code.compareTo(b.code) <= 0 ? a : b,
                        TreeMap::new));
    }
}
