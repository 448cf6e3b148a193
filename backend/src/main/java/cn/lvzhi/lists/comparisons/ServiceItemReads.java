package cn.lvzhi.lists.comparisons;

import cn.lvzhi.common.NewestFirst;
import cn.lvzhi.common.Paging;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.lists.ListItem;
import cn.lvzhi.lists.ListKind;
import cn.lvzhi.lists.ListReads;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads of the government-service list (政务服务事项清单); like the published lists, it is open to every user. */
@ApplicationScoped
public class ServiceItemReads {
    private final ReadSessions reads;
    private final ListReads lists;

    public ServiceItemReads(ReadSessions reads, ListReads lists) {
        this.reads = reads;
        this.lists = lists;
    }

    public Uni<ServiceItemConnection> page(ServiceItemFilter f, Integer first, String after) {
        int size = Paging.pageSize(first);
        String afterCode = Paging.decode(after);
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>(List.of("true"));
        if (f != null && f.unitId != null) {
            where.add("u.path like (select concat(o.path, '%') from Unit o where o.id = :unitId)");
            params.put("unitId", f.unitId);
        }
        if (f != null && f.level != null) {
            where.add("s.level = :level");
            params.put("level", f.level);
        }
        if (f != null && f.linked != null) {
            where.add(f.linked ? "s.powerItemCode is not null" : "s.powerItemCode is null");
        }
        if (f != null && f.keyword != null && !f.keyword.isBlank()) {
            String k = f.keyword.strip();
            if (k.length() > 100) {
                throw new ValidationException("filter.keyword", "关键词过长 (at most 100 characters)");
            }
            where.add("(s.name ilike :keyword escape '\\' or s.code ilike :keyword escape '\\')");
            params.put("keyword", Paging.containsPattern(k));
        }
        String from = " from ServiceItem s join Unit u on u.id = s.unitId where " + String.join(" and ", where);
        return NewestFirst.keyset(reads, "s", from, "s.code > :after order by s.code", params, afterCode, size, ServiceItem.class)
                .map(p -> Paging.connection(p.rows(), size, p.total(), i -> i.code,
                        ServiceItemConnection.ServiceItemEdge::new, ServiceItemConnection::new));
    }

    /** Published power items by code, for the links of service items. */
    public Uni<Map<String, ListItem>> powerItemsByCodes(Collection<String> codes) {
        return lists.publishedByCodes(ListKind.POWER, codes);
    }
}
