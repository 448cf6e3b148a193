package cn.lvzhi.lists.sheets;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.InternalException;
import cn.lvzhi.lists.ItemDetails;
import cn.lvzhi.lists.ItemStatus;
import cn.lvzhi.lists.ItemTexts;
import cn.lvzhi.lists.ListKind;
import cn.lvzhi.org.ScopedActor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The SQL of an import. Writes set-based (one statement per chunk of rows for items, change records and versions)
 * in a single transaction that ends by marking the import SUCCEEDED; progress goes through another connection so
 * the user sees it while the transaction is open.
 */
@ApplicationScoped
class ListImportStore {
    private static final Logger LOG = Logger.getLogger(ListImportStore.class);
    static final int CHUNK = 500;

    private final Pool pool;
    private final ObjectMapper json;
    private final AuditLog audit;

    ListImportStore(Pool pool, ObjectMapper json, AuditLog audit) {
        this.pool = pool;
        this.json = json;
        this.audit = audit;
    }

    /** The items of the list with these codes, as published now, with the open proposal about each. */
    Uni<Map<String, ImportPlanner.Existing>> existing(ListKind kind, List<String> codes) {
        return pool.preparedQuery("""
                        SELECT i.id, i.code, i.status, i.published_version, i.name, u.code AS unit_code, i.details::text AS details,
                               (SELECT c.id FROM list_change c WHERE c.item_id = i.id AND c.status = 'PENDING') AS pending
                        FROM list_item i JOIN unit u ON u.id = i.unit_id
                        WHERE i.kind = $1 AND i.code = ANY($2)""")
                .execute(Tuple.of(kind.name(), codes.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, ImportPlanner.Existing> byCode = new HashMap<>();
                    for (Row r : rows) {
                        byCode.put(r.getString("code"), new ImportPlanner.Existing(r.getLong("id"), r.getString("code"),
                                ItemStatus.valueOf(r.getString("status")), r.getInteger("published_version"), r.getString("name"),
                                r.getString("unit_code"), details(r.getString("details")), r.getLong("pending")));
                    }
                    return byCode;
                });
    }

    /**
     * Applies a valid plan: every addition published as version 1, every change as the next version, each with an
     * approved change record naming the import; then the audit row and SUCCEEDED, all in one transaction.
     */
    Uni<Void> apply(long importId, ScopedActor actor, ListKind kind, String fileName, ImportPlanner.Plan plan) {
        String reason = "Excel 导入：" + fileName + "（导入编号 " + importId + "）";
        AtomicInteger done = new AtomicInteger(plan.unchanged());
        return pool.withTransaction(conn -> Multi.createFrom().iterable(chunks(plan.additions()))
                .onItem().transformToUniAndConcatenate(chunk -> insert(conn, actor, kind, reason, chunk)
                        .chain(() -> progress(importId, done.addAndGet(chunk.size()))))
                .collect().last()
                .chain(() -> Multi.createFrom().iterable(chunks(plan.changes()))
                        .onItem().transformToUniAndConcatenate(chunk -> update(conn, actor, reason, chunk)
                                .chain(() -> progress(importId, done.addAndGet(chunk.size()))))
                        .collect().last())
                .chain(() -> audit.record(conn, actor.actor(), "LIST_IMPORTED", "ListImport", importId, null, Map.of(
                        "kind", kind, "fileName", fileName, "created", plan.additions().size(),
                        "updated", plan.changes().size(), "unchanged", plan.unchanged())))
                .chain(() -> conn.preparedQuery("""
                                UPDATE list_import SET status = 'SUCCEEDED', processed_rows = total_rows, created_count = $2,
                                       updated_count = $3, unchanged_count = $4, finished_at = now()
                                WHERE id = $1""")
                        .execute(Tuple.of(importId, plan.additions().size(), plan.changes().size(), plan.unchanged())))
                .replaceWithVoid());
    }

    /** Marks a running import FAILED after its transaction rolled back: nothing of it was written. */
    Uni<Void> fail(long importId, String message) {
        return pool.preparedQuery("UPDATE list_import SET status = 'FAILED', message = $2, finished_at = now() WHERE id = $1 AND status = 'IMPORTING'")
                .execute(Tuple.of(importId, message)).replaceWithVoid();
    }

    /** Imports left running by a stopped server: their transaction is gone, so nothing of them was written. */
    Uni<Integer> failAbandoned() {
        return pool.query("""
                        UPDATE list_import SET status = 'FAILED', finished_at = now(),
                               message = '服务重启，导入已中止，未写入任何数据，请重新导入 (interrupted by a restart; nothing was written)'
                        WHERE status = 'IMPORTING' AND started_at < now() - interval '30 minutes'""")
                .execute().map(rows -> rows.rowCount());
    }

    private Uni<Void> progress(long importId, int processed) {
        return pool.preparedQuery("UPDATE list_import SET processed_rows = $2 WHERE id = $1 AND status = 'IMPORTING'")
                .execute(Tuple.of(importId, processed))
                .onFailure().invoke(e -> LOG.warnf(e, "progress of import %d not recorded", importId))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private Uni<Void> insert(SqlConnection conn, ScopedActor actor, ListKind kind, String reason, List<ImportPlanner.Write> chunk) {
        Columns c = new Columns(chunk);
        return conn.preparedQuery("""
                        WITH input AS (
                            SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
                                AS t(code, name, unit_id, details, power_type, item_level, catalogue_code, search_text)
                        ), items AS (
                            INSERT INTO list_item (kind, code, name, unit_id, status, published_version, details, power_type,
                                                   item_level, catalogue_code, search_text)
                            SELECT $9, code, name, unit_id, 'PUBLISHED', 1, details::jsonb, power_type, item_level, catalogue_code, search_text
                            FROM input
                            RETURNING id, name, unit_id, details
                        ), changes AS (
                            INSERT INTO list_change (item_id, change_type, base_version, proposed_name, proposed_details, reason,
                                                     proposer_unit_id, proposer_subject, proposer_name, status, decided_by_name,
                                                     decision_reason, decided_at, resulting_version)
                            SELECT id, 'ADD', 0, name, details, $10, $11, $12, $13, 'APPROVED', $13, $10, now(), 1 FROM items
                            RETURNING id, item_id
                        )
                        INSERT INTO list_item_version (item_id, version_no, name, unit_id, status, details, change_id, published_by)
                        SELECT i.id, 1, i.name, i.unit_id, 'PUBLISHED', i.details, c.id, $13
                        FROM items i JOIN changes c ON c.item_id = i.id""")
                .execute(Tuple.from(Arrays.asList(c.codes, c.names, c.unitIds, c.details, c.powerTypes, c.levels, c.catalogueCodes,
                        c.searchTexts, kind.name(), reason, actor.unitId(), actor.actor().subject(), actor.actor().displayName())))
                .map(rows -> {
                    if (rows.rowCount() != chunk.size()) {
                        throw new ConflictException("导入期间清单被修改，未写入任何数据，请重新导入 (the list changed during the import)");
                    }
                    return rows;
                })
                .replaceWithVoid();
    }

    private Uni<Void> update(SqlConnection conn, ScopedActor actor, String reason, List<ImportPlanner.Write> chunk) {
        Columns c = new Columns(chunk);
        Long[] ids = chunk.stream().map(w -> w.existing().id()).toArray(Long[]::new);
        Integer[] versions = chunk.stream().map(w -> w.existing().publishedVersion()).toArray(Integer[]::new);
        return conn.preparedQuery("""
                        WITH input AS (
                            SELECT * FROM unnest($1::bigint[], $2::int[], $3::text[], $4::bigint[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
                                AS t(id, base_version, name, unit_id, details, power_type, item_level, catalogue_code, search_text)
                        ), items AS (
                            UPDATE list_item li SET name = i.name, unit_id = i.unit_id, details = i.details::jsonb,
                                   power_type = i.power_type, item_level = i.item_level, catalogue_code = i.catalogue_code,
                                   search_text = i.search_text, status = 'PUBLISHED', published_version = li.published_version + 1,
                                   version = li.version + 1, updated_at = now()
                            FROM input i
                            WHERE li.id = i.id AND li.published_version = i.base_version
                            RETURNING li.id, li.name, li.unit_id, li.details, li.published_version
                        ), changes AS (
                            INSERT INTO list_change (item_id, change_type, base_version, proposed_name, proposed_details, reason,
                                                     proposer_unit_id, proposer_subject, proposer_name, status, decided_by_name,
                                                     decision_reason, decided_at, resulting_version)
                            SELECT id, 'CHANGE', published_version - 1, name, details, $10, $11, $12, $13, 'APPROVED', $13, $10, now(),
                                   published_version
                            FROM items
                            RETURNING id, item_id
                        )
                        INSERT INTO list_item_version (item_id, version_no, name, unit_id, status, details, change_id, published_by)
                        SELECT i.id, i.published_version, i.name, i.unit_id, 'PUBLISHED', i.details, c.id, $13
                        FROM items i JOIN changes c ON c.item_id = i.id""")
                .execute(Tuple.from(Arrays.asList(ids, versions, c.names, c.unitIds, c.details, c.powerTypes, c.levels,
                        c.catalogueCodes, c.searchTexts, reason, actor.unitId(), actor.actor().subject(), actor.actor().displayName())))
                .map(rows -> {
                    if (rows.rowCount() != chunk.size()) {
                        throw new ConflictException("导入期间有事项被他人调整，未写入任何数据，请重新导入 (items changed during the import)");
                    }
                    return rows;
                })
                .replaceWithVoid();
    }

    /** A chunk's values column by column, as the arrays unnest() takes. */
    private final class Columns {
        final String[] codes;
        final String[] names;
        final Long[] unitIds;
        final String[] details;
        final String[] powerTypes;
        final String[] levels;
        final String[] catalogueCodes;
        final String[] searchTexts;

        Columns(List<ImportPlanner.Write> chunk) {
            int n = chunk.size();
            codes = new String[n];
            names = new String[n];
            unitIds = new Long[n];
            details = new String[n];
            powerTypes = new String[n];
            levels = new String[n];
            catalogueCodes = new String[n];
            searchTexts = new String[n];
            for (int i = 0; i < n; i++) {
                ImportPlanner.Write w = chunk.get(i);
                ItemDetails d = w.entry().details();
                codes[i] = w.entry().code();
                names[i] = w.entry().name();
                unitIds[i] = w.unitId();
                details[i] = toJson(d);
                ItemDetails.Power p = d.power();
                powerTypes[i] = p == null || p.type() == null ? null : p.type().name();
                levels[i] = p == null || p.level() == null ? null : p.level().name();
                catalogueCodes[i] = p == null ? null : p.catalogueCode();
                searchTexts[i] = ItemTexts.searchText(w.entry().name(), d);
            }
        }
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        if (chunks.isEmpty()) {
            chunks.add(List.of());
        }
        return chunks;
    }

    private String toJson(ItemDetails d) {
        try {
            return json.writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new InternalException("清单内容序列化失败 (details could not be serialised)");
        }
    }

    private ItemDetails details(String text) {
        try {
            return json.readValue(text, ItemDetails.class);
        } catch (JsonProcessingException e) {
            throw new InternalException("清单内容无法读取 (stored details unreadable)");
        }
    }
}
