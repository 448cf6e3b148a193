package cn.lvzhi.lists;

import cn.lvzhi.common.NewestFirst;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.Paging;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Queries over the lists, scoped to what the actor may see: published and retired items for everyone, drafts and
 * proposals only within {@link ListPolicy#seesDraft}. The organisation tree is shared reference data, so the
 * scope conditions join the unit table by its materialised path instead of listing unit ids.
 */
@ApplicationScoped
public class ListReads {
    private final ReadSessions reads;
    private final ObjectMapper json;

    public ListReads(ReadSessions reads, ObjectMapper json) {
        this.reads = reads;
        this.json = json;
    }

    /** The HQL condition (over owner unit {@code u}) under which the actor sees drafts, with its parameters. */
    private static String draftScope(ScopedActor actor, Map<String, Object> params) {
        if (actor.has(Role.LEADER)) {
            return "true";
        }
        params.put("ownPath", actor.unitPath() + "%");
        if (actor.has(Role.ESTABLISHMENT_OFFICE) && actor.regionPath() != null) {
            params.put("regionPath", actor.regionPath() + "%");
            return "(u.path like :ownPath or u.path like :regionPath)";
        }
        return "u.path like :ownPath";
    }

    public static final int MAX_EXPORT = 20_000;

    public Uni<ListItemConnection> page(ScopedActor actor, ListItemFilter f, Integer first, String after) {
        int size = Paging.pageSize(first);
        String afterCode = Paging.decode(after);
        Map<String, Object> params = new HashMap<>();
        String from = fromClause(actor, f, params);
        return NewestFirst.keyset(reads, "i", from, "i.code > :after order by i.code", params, afterCode, size, ListItem.class)
                .map(p -> Paging.connection(p.rows(), size, p.total(), i -> i.code,
                        ListItemConnection.ListItemEdge::new, ListItemConnection::new));
    }

    /** Every item matching the filter, by code, for an export; more than {@link #MAX_EXPORT} is refused. */
    public Uni<List<ListItem>> all(ScopedActor actor, ListItemFilter f) {
        Map<String, Object> params = new HashMap<>();
        String from = fromClause(actor, f, params);
        return reads.read(s -> {
            var rows = s.createSelectionQuery("select i" + from + " order by i.code", ListItem.class).setMaxResults(MAX_EXPORT + 1);
            params.forEach(rows::setParameter);
            return rows.getResultList();
        }).invoke(rows -> {
            if (rows.size() > MAX_EXPORT) {
                throw new ValidationException("filter", "导出超过 " + MAX_EXPORT + " 条，请缩小筛选范围 (too many rows; narrow the filter)");
            }
        });
    }

    /** The FROM/WHERE of a list query: kind, status (drafts only within the actor's scope) and the filters. */
    private static String fromClause(ScopedActor actor, ListItemFilter f, Map<String, Object> params) {
        List<String> where = new ArrayList<>(List.of("i.kind = :kind", "i.status = :status"));
        params.put("kind", f.kind);
        ItemStatus status = f.status == null ? ItemStatus.PUBLISHED : f.status;
        params.put("status", status);
        if (status == ItemStatus.DRAFT) {
            where.add(draftScope(actor, params));
        }
        if (f.unitId != null) {
            if (Boolean.TRUE.equals(f.includeSubunits)) {
                where.add("u.path like (select concat(o.path, '%') from Unit o where o.id = :unitId)");
            } else {
                where.add("i.unitId = :unitId");
            }
            params.put("unitId", f.unitId);
        }
        if (f.powerType != null) {
            where.add("i.powerType = :powerType");
            params.put("powerType", f.powerType);
        }
        if (f.level != null) {
            where.add("i.itemLevel = :level");
            params.put("level", f.level);
        }
        if (f.keyword != null && !f.keyword.isBlank()) {
            String k = f.keyword.strip();
            if (k.length() > 100) {
                throw new ValidationException("filter.keyword", "关键词过长 (at most 100 characters)");
            }
            where.add("(i.searchText ilike :keyword escape '\\' or i.code ilike :keyword escape '\\')");
            params.put("keyword", Paging.containsPattern(k));
        }
        return " from ListItem i join Unit u on u.id = i.unitId where " + String.join(" and ", where);
    }

    /** One item, NOT_FOUND when missing or a draft the actor may not see. */
    public Uni<ListItem> item(ScopedActor actor, long id) {
        return visibleByIds(actor, List.of(id)).map(byId -> byId.get(id))
                .onItem().ifNull().failWith(() -> new NotFoundException(ListService.ITEM_NOT_FOUND));
    }

    /** The items of these ids the actor sees (drafts only within {@link #draftScope}), by id; the others are absent. */
    public Uni<Map<Long, ListItem>> visibleByIds(ScopedActor actor, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        Map<String, Object> params = new HashMap<>();
        String draft = draftScope(actor, params);
        return reads.read(s -> {
            var q = s.createSelectionQuery("select i from ListItem i join Unit u on u.id = i.unitId where i.id in :ids"
                    + " and (i.status <> :draft or " + draft + ")", ListItem.class)
                    .setParameter("ids", ids).setParameter("draft", ItemStatus.DRAFT);
            params.forEach(q::setParameter);
            return q.getResultList();
        }).map(rows -> {
            Map<Long, ListItem> byId = new HashMap<>();
            rows.forEach(i -> byId.put(i.id, i));
            return byId;
        });
    }

    /** The published versions of each item, oldest first. */
    public Uni<Map<Long, List<ListItemVersion>>> versions(Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return reads.read(s -> s.createSelectionQuery(
                        "from ListItemVersion v where v.itemId in :ids order by v.itemId, v.versionNo", ListItemVersion.class)
                .setParameter("ids", itemIds).getResultList())
                .map(rows -> {
                    Map<Long, List<ListItemVersion>> byItem = new HashMap<>();
                    rows.forEach(v -> byItem.computeIfAbsent(v.itemId, k -> new ArrayList<>()).add(v));
                    return byItem;
                });
    }

    /** The differences between two published versions of a visible item. */
    public Uni<List<FieldChange>> diff(ScopedActor actor, long itemId, int from, int to) {
        return item(actor, itemId).chain(item -> versions(List.of(item.id))).map(byItem -> {
            List<ListItemVersion> versions = byItem.getOrDefault(itemId, List.of());
            ListItemVersion a = versions.stream().filter(v -> v.versionNo == from).findFirst()
                    .orElseThrow(() -> new ValidationException("fromVersion", "没有第 " + from + " 版 (no such version)"));
            ListItemVersion b = versions.stream().filter(v -> v.versionNo == to).findFirst()
                    .orElseThrow(() -> new ValidationException("toVersion", "没有第 " + to + " 版 (no such version)"));
            Map<String, String> before = flatten(a);
            Map<String, String> after = flatten(b);
            List<FieldChange> changes = new ArrayList<>();
            for (String path : new TreeSet<>(union(before.keySet(), after.keySet()))) {
                if (!Objects.equals(before.get(path), after.get(path))) {
                    changes.add(new FieldChange(path, before.get(path), after.get(path)));
                }
            }
            return changes;
        });
    }

    private static TreeSet<String> union(Collection<String> a, Collection<String> b) {
        TreeSet<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private Map<String, String> flatten(ListItemVersion v) {
        Map<String, String> flat = new TreeMap<>();
        flat.put("name", v.name);
        flat.put("unitId", String.valueOf(v.unitId));
        flat.put("status", v.status.name());
        flatten("", json.valueToTree(v.details), flat);
        return flat;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "[" + i + "]", node.get(i), out);
            }
        } else {
            out.put(prefix, node.asText());
        }
    }

    /** Published items per owner unit (and power type, for the power list). */
    public Uni<List<ListCount>> counts(ListKind kind) {
        return reads.read(s -> s.createSelectionQuery("""
                        select i.unitId, i.powerType, count(i) from ListItem i
                        where i.kind = :kind and i.status = :status group by i.unitId, i.powerType
                        order by i.unitId""", Object[].class)
                .setParameter("kind", kind).setParameter("status", ItemStatus.PUBLISHED).getResultList()
                .map(rows -> rows.stream().map(r -> new ListCount((Long) r[0], (PowerType) r[1], ((Long) r[2]).intValue())).toList()));
    }

    /** Proposals the actor may see, newest first, optionally of one status. */
    public Uni<ListChangeConnection> changes(ScopedActor actor, ChangeStatus status, Integer first, String after) {
        int size = Paging.pageSize(first);
        String afterKey = Paging.decode(after);
        Long afterId;
        try {
            afterId = afterKey == null ? null : Long.valueOf(afterKey);
        } catch (NumberFormatException e) {
            throw new ValidationException("after", "分页游标无效 (invalid cursor)");
        }
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        where.add("(c.proposerUnitId = :actorUnit or " + draftScope(actor, params) + ")");
        params.put("actorUnit", actor.unitId());
        if (status != null) {
            where.add("c.status = :status");
            params.put("status", status);
        }
        String from = " from ListChange c join ListItem i on i.id = c.itemId join Unit u on u.id = i.unitId where "
                + String.join(" and ", where);
        return NewestFirst.keyset(reads, "c", from, "c.id < :after order by c.id desc", params, afterId, size, ListChange.class)
                .map(p -> Paging.connection(p.rows(), size, p.total(), c -> String.valueOf(c.id),
                        ListChangeConnection.ListChangeEdge::new, ListChangeConnection::new));
    }

    public Uni<Map<Long, ListItem>> itemsByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return reads.read(s -> s.createSelectionQuery("from ListItem i where i.id in :ids", ListItem.class)
                        .setParameter("ids", ids).getResultList())
                .map(list -> {
                    Map<Long, ListItem> byId = new HashMap<>();
                    list.forEach(i -> byId.put(i.id, i));
                    return byId;
                });
    }

    /** The items of the list with these codes, by code (codes are unique within a list); unknown codes are left out. */
    public Uni<Map<String, ListItem>> itemsByCodes(ListKind kind, Collection<String> codes) {
        if (codes.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return reads.read(s -> s.createSelectionQuery("from ListItem i where i.kind = :kind and i.code in :codes", ListItem.class)
                        .setParameter("kind", kind).setParameter("codes", codes).getResultList())
                .map(ListReads::byCode);
    }

    /** The published power items (权责事项) of one unit, by code: a side of a cross-level comparison (上下联动). */
    public Uni<List<ListItem>> publishedPower(long unitId) {
        return reads.read(s -> s.createSelectionQuery("from ListItem i where i.kind = :kind and i.status = :status"
                        + " and i.unitId = :unit order by i.code", ListItem.class)
                .setParameter("kind", ListKind.POWER).setParameter("status", ItemStatus.PUBLISHED).setParameter("unit", unitId)
                .getResultList());
    }

    /** The published power items of every unit at or below the tree path, by code: a side of a fusion (两单融合). */
    public Uni<List<ListItem>> publishedPowerUnder(String path) {
        return reads.read(s -> s.createSelectionQuery("from ListItem i where i.kind = :kind and i.status = :status"
                        + " and i.unitId in (select u.id from Unit u where u.path like :path) order by i.code", ListItem.class)
                .setParameter("kind", ListKind.POWER).setParameter("status", ItemStatus.PUBLISHED).setParameter("path", path + "%")
                .getResultList());
    }

    /** The published items of the list with these codes, by code; unknown or unpublished codes are left out. */
    public Uni<Map<String, ListItem>> publishedByCodes(ListKind kind, Collection<String> codes) {
        if (codes.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return reads.read(s -> s.createSelectionQuery("from ListItem i where i.kind = :kind and i.status = :status and i.code in :codes",
                        ListItem.class)
                .setParameter("kind", kind).setParameter("status", ItemStatus.PUBLISHED).setParameter("codes", codes)
                .getResultList()).map(ListReads::byCode);
    }

    private static Map<String, ListItem> byCode(List<ListItem> items) {
        Map<String, ListItem> byCode = new HashMap<>();
        items.forEach(i -> byCode.put(i.code, i));
        return byCode;
    }
}
