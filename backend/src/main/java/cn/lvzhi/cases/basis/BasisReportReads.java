package cn.lvzhi.cases.basis;

import cn.lvzhi.cases.CaseReads;
import cn.lvzhi.cases.CaseStatus;
import cn.lvzhi.common.DateRanges;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.lists.PowerType;
import cn.lvzhi.org.ScopedActor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The legal-basis reports in SQL over the hops of a period within the caller's scope ({@link BasisReportPolicy}):
 * each hop sent in the period and not refused counts for its department (a 科室's hop for the department above it).
 */
@ApplicationScoped
public class BasisReportReads {
    /** Rows of the unnamed-cases list the query returns; the download holds up to {@link #MAX_EXPORT}. */
    public static final int MAX_LISTED = 200;
    public static final int MAX_EXPORT = 10_000;
    private static final int MAX_TOP = 100;
    private static final long MAX_DAYS = 3 * 366;

    private static final String HOPS = """
            WITH hop AS (
              SELECT d.case_id, d.basis_item_id, CASE WHEN tu.kind = 'INTERNAL_OFFICE' THEN tu.parent_id ELSE tu.id END AS dept_id
                FROM case_dispatch d JOIN unit tu ON tu.id = d.to_unit_id
               WHERE d.status <> 'REFUSED' AND d.sent_at >= :from AND d.sent_at < :to AND tu.path LIKE :path),
            per AS (SELECT case_id, dept_id, bool_or(basis_item_id IS NOT NULL) AS named FROM hop GROUP BY case_id, dept_id)
            """;
    private static final String ITEM = "i.id, i.code, i.name, i.power_type, u.id, u.name";

    private final ReadSessions reads;
    private final CaseReads cases;

    public BasisReportReads(ReadSessions reads, CaseReads cases) {
        this.reads = reads;
        this.cases = cases;
    }

    /** The three reports for the caller; {@code unnamedLimit} rows of unnamed cases at most. */
    public Uni<BasisReport> report(ScopedActor a, BasisReportInput in, int unnamedLimit) {
        LocalDate latest = DateRanges.today().plusYears(1);
        DateRanges.within("input.from", in.from, DateRanges.RECORDS_FROM, latest, "开始时间");
        DateRanges.within("input.to", in.to, DateRanges.RECORDS_FROM, latest, "结束时间");
        if (!in.from.isBefore(in.to)) {
            throw new ValidationException("input.to", "结束时间必须晚于开始时间 (to must be after from)");
        }
        if (ChronoUnit.DAYS.between(in.from, in.to) > MAX_DAYS) {
            throw new ValidationException("input.to", "统计区间不能超过三年 (the period is at most three years)");
        }
        Uni<String> path = in.unitId == null ? Uni.createFrom().nullItem() : cases.units(List.of(in.unitId)).map(m -> {
            if (!m.containsKey(in.unitId)) {
                throw new ValidationException("input.unitId", "单位不存在 (no such unit)");
            }
            return m.get(in.unitId).path;
        });
        return path.map(p -> BasisReportPolicy.scope(a, in.unitId, p))
                .chain(scope -> reads.read(s -> totals(s, scope, in).chain(totals -> unexercised(s, scope, in)
                        .chain(unexercised -> top(s, scope, in).chain(top -> unnamed(s, scope, in, unnamedLimit)
                                .map(unnamed -> new BasisReport(in.from, in.to, scope.unitId(), totals[0], totals[1],
                                        totals[0] == 0 ? null : (double) totals[1] / totals[0], unexercised, top, totals[0] - totals[1],
                                        unnamed)))))));
    }

    private static <R> Mutiny.SelectionQuery<R> bind(Mutiny.SelectionQuery<R> q, BasisReportPolicy.Scope scope, BasisReportInput in) {
        return q.setParameter("from", in.from).setParameter("to", in.to).setParameter("path", scope.path() + "%");
    }

    private static Uni<int[]> totals(Mutiny.StatelessSession s, BasisReportPolicy.Scope scope, BasisReportInput in) {
        return bind(s.createNativeQuery(HOPS + "SELECT count(*), count(*) FILTER (WHERE named) FROM per", Object[].class), scope, in)
                .getSingleResult().map(r -> new int[] {((Number) r[0]).intValue(), ((Number) r[1]).intValue()});
    }

    private static Uni<List<BasisReport.ItemCount>> unexercised(Mutiny.StatelessSession s, BasisReportPolicy.Scope scope, BasisReportInput in) {
        return bind(s.createNativeQuery(HOPS + "SELECT " + ITEM + ", 0, 0 FROM list_item i JOIN unit u ON u.id = i.unit_id"
                + " WHERE i.kind = 'POWER' AND i.status = 'PUBLISHED' AND u.path LIKE :path"
                + " AND NOT EXISTS (SELECT 1 FROM hop h WHERE h.basis_item_id = i.id) ORDER BY u.code, i.code", Object[].class), scope, in)
                .getResultList().map(rows -> rows.stream().map(BasisReportReads::itemCount).toList());
    }

    private static Uni<List<BasisReport.ItemCount>> top(Mutiny.StatelessSession s, BasisReportPolicy.Scope scope, BasisReportInput in) {
        return bind(s.createNativeQuery(HOPS + "SELECT " + ITEM + ", count(DISTINCT h.case_id), count(*) FROM hop h"
                + " JOIN list_item i ON i.id = h.basis_item_id JOIN unit u ON u.id = i.unit_id GROUP BY " + ITEM
                + " ORDER BY 7 DESC, 8 DESC, i.code LIMIT " + MAX_TOP, Object[].class), scope, in)
                .getResultList().map(rows -> rows.stream().map(BasisReportReads::itemCount).toList());
    }

    private static Uni<List<BasisReport.UnnamedCase>> unnamed(Mutiny.StatelessSession s, BasisReportPolicy.Scope scope, BasisReportInput in,
                                                             int limit) {
        return bind(s.createNativeQuery(HOPS + "SELECT c.id, c.code, c.title, c.status, c.reported_at, u.id, u.name FROM per p"
                + " JOIN case_file c ON c.id = p.case_id JOIN unit u ON u.id = p.dept_id WHERE NOT p.named"
                + " ORDER BY c.reported_at DESC, c.id DESC, u.code LIMIT " + limit, Object[].class), scope, in)
                .getResultList().map(rows -> rows.stream().map(r -> new BasisReport.UnnamedCase(((Number) r[0]).longValue(),
                        (String) r[1], (String) r[2], CaseStatus.valueOf((String) r[3]), time(r[4]), ((Number) r[5]).longValue(),
                        (String) r[6])).toList());
    }

    private static BasisReport.ItemCount itemCount(Object[] r) {
        return new BasisReport.ItemCount(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                r[3] == null ? null : PowerType.valueOf((String) r[3]), ((Number) r[4]).longValue(), (String) r[5],
                ((Number) r[6]).intValue(), ((Number) r[7]).intValue());
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
