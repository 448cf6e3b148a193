package cn.lvzhi.lists.sheets;

import cn.lvzhi.lists.ItemDetails;
import cn.lvzhi.lists.ItemStatus;
import cn.lvzhi.lists.ListKind;
import cn.lvzhi.lists.ListLabels;
import cn.lvzhi.lists.ListPolicy;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.Unit;
import cn.lvzhi.org.UnitKind;
import cn.lvzhi.security.Decision;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides what an import does with each row, given the units and published items it refers to: add an item, publish
 * a new version of one, or leave it as it is — or, when anything is wrong anywhere, nothing at all. Pure, so every
 * rule is tested without a database.
 */
final class ImportPlanner {
    private static final Set<UnitKind> DEPARTMENTS = EnumSet.of(UnitKind.GOVERNMENT_DEPARTMENT, UnitKind.PARTY_DEPARTMENT,
            UnitKind.MASS_ORGANISATION, UnitKind.PUBLIC_INSTITUTION);

    /** An item as it is published now. */
    record Existing(long id, String code, ItemStatus status, int publishedVersion, String name, String unitCode,
                    ItemDetails details, Long pendingChangeId) {
    }

    /** A row to write: a new item, or a new version of {@code existing}. */
    record Write(int row, ListSheet.Entry entry, long unitId, Existing existing) {
    }

    record Plan(List<Write> additions, List<Write> changes, int unchanged, List<ImportError> errors) {
        boolean valid() {
            return errors.isEmpty();
        }
    }

    private ImportPlanner() {
    }

    /** Which kinds of unit may own an item of each list. */
    static Set<UnitKind> ownerKinds(ListKind kind) {
        return switch (kind) {
            case POWER, COLLABORATION -> union(DEPARTMENTS, EnumSet.of(UnitKind.TOWNSHIP));
            case DUTY_TASK -> EnumSet.of(UnitKind.INTERNAL_OFFICE);
            case BOUNDARY -> union(DEPARTMENTS, EnumSet.of(UnitKind.INTERNAL_OFFICE, UnitKind.TOWNSHIP));
            case TERRITORIAL -> DEPARTMENTS;
            case VILLAGE -> EnumSet.of(UnitKind.VILLAGE, UnitKind.COMMUNITY);
        };
    }

    static Plan plan(ScopedActor actor, ListKind kind, List<ListSheet.ReadRow> rows,
                     Map<String, Unit> unitsByCode, Map<String, Existing> existingByCode) {
        List<ImportError> errors = new ArrayList<>();
        List<Write> additions = new ArrayList<>();
        List<Write> changes = new ArrayList<>();
        int unchanged = 0;
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        String ownerColumn = ListSheet.ownerCodeHeader(kind);
        for (ListSheet.ReadRow row : rows) {
            errors.addAll(row.errors());
            ListSheet.Entry entry = row.entry();
            if (entry == null) {
                continue;
            }
            int before = errors.size();
            Integer first = firstRowOfCode.putIfAbsent(entry.code(), row.row());
            if (first != null) {
                errors.add(new ImportError(row.row(), ListSheet.CODE, "与第 " + first + " 行的事项编码 " + entry.code() + " 重复"));
            }
            Unit owner = unitsByCode.get(entry.unitCode());
            if (owner == null) {
                errors.add(new ImportError(row.row(), ownerColumn, "单位编码 " + entry.unitCode() + " 不存在"));
            } else {
                if (!ownerKinds(kind).contains(owner.kind)) {
                    errors.add(new ImportError(row.row(), ownerColumn, owner.name + "（" + owner.code + "）不能作为"
                            + ListLabels.LIST_NAMES.get(kind) + "的" + ListSheet.ownerHeader(kind)));
                }
                Decision decision = ListPolicy.decide(actor, owner.path);
                if (!decision.allowed()) {
                    errors.add(new ImportError(row.row(), ownerColumn, owner.name + "：" + decision.reason()));
                }
            }
            for (String code : ListSheet.unitCodes(entry)) {
                if (!code.equals(entry.unitCode()) && !unitsByCode.containsKey(code)) {
                    errors.add(new ImportError(row.row(), columnMentioning(kind, entry, code), "单位编码 " + code + " 不存在"));
                }
            }
            Existing existing = existingByCode.get(entry.code());
            if (existing != null && existing.pendingChangeId() != null) {
                errors.add(new ImportError(row.row(), ListSheet.CODE, "事项 " + entry.code() + " 有待审核的调整申请（编号 "
                        + existing.pendingChangeId() + "），请先审核或撤回后再导入"));
            }
            if (errors.size() > before || owner == null) {
                continue;
            }
            if (existing == null) {
                additions.add(new Write(row.row(), entry, owner.id, null));
            } else {
                ListSheet.Entry merged = keepHiddenFields(kind, entry, existing);
                if (existing.status() == ItemStatus.PUBLISHED && sameContent(kind, merged, existing)) {
                    unchanged++;
                } else {
                    changes.add(new Write(row.row(), merged, owner.id, existing));
                }
            }
        }
        return new Plan(additions, changes, unchanged, errors);
    }

    /** Whether the row says exactly what the published item says, compared as the sheet shows both. */
    static boolean sameContent(ListKind kind, ListSheet.Entry entry, Existing existing) {
        ListSheet.UnitNames bare = code -> code;
        ListSheet.Entry current = new ListSheet.Entry(existing.code(), existing.name(), existing.unitCode(), existing.details());
        return ListSheet.cells(kind, entry, bare).equals(ListSheet.cells(kind, current, bare));
    }

    /** What the sheet does not show survives an import: the dispute a boundary item was decided by. */
    private static ListSheet.Entry keepHiddenFields(ListKind kind, ListSheet.Entry entry, Existing existing) {
        if (kind != ListKind.BOUNDARY || existing.details().boundary() == null) {
            return entry;
        }
        ItemDetails.Boundary b = entry.details().boundary();
        ItemDetails.Boundary kept = new ItemDetails.Boundary(b.scope(), b.leadResponsibility(), b.cooperating(),
                b.responsibleOffices(), b.collaborationSteps(), b.legalBasis(), b.batch(),
                existing.details().boundary().originDisputeCode());
        return new ListSheet.Entry(entry.code(), entry.name(), entry.unitCode(),
                new ItemDetails(null, null, kept, null, null, null));
    }

    /** The column a unit code came from, for the error message. */
    private static String columnMentioning(ListKind kind, ListSheet.Entry entry, String code) {
        ListSheet.UnitNames bare = c -> c;
        return ListSheet.cells(kind, entry, bare).entrySet().stream()
                .filter(e -> e.getValue().contains(code) && !e.getKey().equals(ListSheet.ownerCodeHeader(kind)))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private static Set<UnitKind> union(Set<UnitKind> a, Set<UnitKind> b) {
        Set<UnitKind> all = EnumSet.copyOf(a);
        all.addAll(b);
        return all;
    }
}
