package cn.lvzhi.demo.lists;

import cn.lvzhi.common.DemoLoading;
import cn.lvzhi.demo.DemoDatabase;
import cn.lvzhi.demo.org.DemoDistrict;
import cn.lvzhi.lists.ItemTexts;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * Loads the demo lists (演示清单) once, when no list item exists yet, after the demo district: every item is
 * published as version 1, as if approved when the lists were first compiled.
 */
@ApplicationScoped
public class DemoListsLoader {
    private static final Logger LOG = Logger.getLogger(DemoListsLoader.class);
    private static final long LOAD_LOCK = 7340103L;
    /** Hibernate maps the details column with a default Jackson mapper; the loader writes the same shape. */
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DemoDatabase db;

    public DemoListsLoader(DemoDatabase db) {
        this.db = db;
    }

    /** Loads the lists unless items exist; returns the number of items inserted (0 when skipped). */
    public int load() throws SQLException {
        return db.loadOnce(LOAD_LOCK, "list_item", c -> {
            Map<String, Long> unitIds = DemoLoading.unitIds(c, "");
            List<ListItemSeed> seeds = DemoLists.generate(DemoDistrict.generate(db.scale()));
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO list_item (kind, code, name, unit_id, status, published_version, details,
                                           power_type, item_level, catalogue_code, search_text)
                    VALUES (?, ?, ?, ?, 'PUBLISHED', 1, cast(? AS jsonb), ?, ?, ?, ?)""")) {
                for (ListItemSeed seed : seeds) {
                    Long unitId = unitIds.get(seed.unitCode());
                    if (unitId == null) {
                        // the district was loaded by another version of the generator: skip what no longer fits
                        continue;
                    }
                    var power = seed.details().power();
                    ps.setString(1, seed.kind().name());
                    ps.setString(2, seed.code());
                    ps.setString(3, seed.name());
                    ps.setLong(4, unitId);
                    ps.setString(5, json(seed));
                    ps.setString(6, power == null || power.type() == null ? null : power.type().name());
                    ps.setString(7, power == null || power.level() == null ? null : power.level().name());
                    ps.setString(8, power == null ? null : power.catalogueCode());
                    ps.setString(9, ItemTexts.searchText(seed.name(), seed.details()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            int items;
            try (Statement st = c.createStatement()) {
                items = st.executeUpdate("""
                        INSERT INTO list_item_version (item_id, version_no, name, unit_id, status, details, published_by)
                        SELECT id, 1, name, unit_id, status, details, '演示数据' FROM list_item""");
                st.executeUpdate("""
                        INSERT INTO audit_event (actor_subject, actor_name, action, entity_type, entity_id, after_state)
                        VALUES ('system:demo-loader', '演示数据', 'DEMO_LISTS_LOADED', 'ListItem', '*',
                                jsonb_build_object('items', %d))""".formatted(items));
            }
            LOG.infof("demo lists loaded: %d items", items);
            return items;
        });
    }

    private static String json(ListItemSeed seed) {
        try {
            return JSON.writeValueAsString(seed.details());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("demo item " + seed.code() + " cannot be serialised", e);
        }
    }
}
