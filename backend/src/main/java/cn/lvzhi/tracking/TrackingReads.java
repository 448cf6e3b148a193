package cn.lvzhi.tracking;

import cn.lvzhi.common.NewestFirst;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.Paging;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Decision;
import cn.lvzhi.security.Role;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads of follow-up for the API, each in its own stateless session, scoped to what the actor sees: the region's
 * matters for the office, committee and leaders, its own for a unit under review, nothing for others.
 */
@ApplicationScoped
public class TrackingReads {
    static final String MATTER_NOT_FOUND = "机构编制事项不存在 (establishment matter not found)";
    static final String ROUND_NOT_FOUND = "问效批次不存在 (round not found)";
    static final String REVIEW_NOT_FOUND = "问效记录不存在 (review not found)";
    static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    private final ReadSessions reads;

    public TrackingReads(ReadSessions reads) {
        this.reads = reads;
    }

    static LocalDate today() {
        return LocalDate.now(BUSINESS_ZONE);
    }

    public Uni<EstablishmentMatterConnection> matters(ScopedActor actor, MatterFilter f, Integer first, String after) {
        int size = Paging.pageSize(first);
        Paging.decodeId(after); // a bad cursor is a VALIDATION error, even for one who sees nothing
        String prefix = TrackingPolicy.visiblePrefix(actor);
        Map<String, Object> params = new HashMap<>();
        Uni<NewestFirst.Page<EstablishmentMatter>> page = prefix == null ? Uni.createFrom().item(new NewestFirst.Page<>(List.of(), 0))
                : NewestFirst.ordered(reads, "m", " from EstablishmentMatter m, Unit u where " + matterConditions(prefix, f, params),
                        "m.id > :after order by m.id", params, after, size, EstablishmentMatter.class);
        return page.map(p -> Paging.connection(p.rows(), size, p.total(), m -> String.valueOf(m.id),
                EstablishmentMatterConnection.EstablishmentMatterEdge::new, EstablishmentMatterConnection::new));
    }

    /**
     * The HQL conditions on matter {@code m} of unit {@code u}: under the visible prefix and narrowed by the filter (the
     * establishmentMatters query and the export); their parameters go into {@code params}.
     */
    static String matterConditions(String prefix, MatterFilter f, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        where.add("u.id = m.unitId and u.path like :prefix");
        params.put("prefix", prefix + "%");
        if (f != null && f.kind != null) {
            where.add("m.kind = :kind");
            params.put("kind", f.kind);
        }
        if (f != null && f.unitId != null) {
            where.add("m.unitId = :unit");
            params.put("unit", f.unitId);
        }
        if (f != null && f.approvedFrom != null) {
            where.add("m.approvedOn >= :from");
            params.put("from", f.approvedFrom);
        }
        if (f != null && f.approvedTo != null) {
            where.add("m.approvedOn <= :to");
            params.put("to", f.approvedTo);
        }
        return String.join(" and ", where);
    }

    /** One matter the actor sees; NOT_FOUND otherwise. */
    public Uni<EstablishmentMatter> matter(ScopedActor actor, long id) {
        String prefix = TrackingPolicy.visiblePrefix(actor);
        if (prefix == null) {
            return Uni.createFrom().failure(new NotFoundException(MATTER_NOT_FOUND));
        }
        return reads.read(s -> s.createSelectionQuery(
                        "select m from EstablishmentMatter m, Unit u where m.id = :id and u.id = m.unitId and u.path like :prefix",
                        EstablishmentMatter.class)
                .setParameter("id", id).setParameter("prefix", prefix + "%").getResultList())
                .map(rows -> {
                    if (rows.isEmpty()) {
                        throw new NotFoundException(MATTER_NOT_FOUND);
                    }
                    return rows.get(0);
                });
    }

    /** The templates, for anyone who sees follow-up at all. */
    public Uni<List<TrackingTemplate>> templates(ScopedActor actor) {
        if (TrackingPolicy.visiblePrefix(actor) == null) {
            return Uni.createFrom().item(List.of());
        }
        return reads.read(s -> s.createSelectionQuery("from TrackingTemplate t", TrackingTemplate.class).getResultList())
                .map(rows -> rows.stream().sorted(Comparator.comparing(t -> t.kind.ordinal())).toList());
    }

    private static String roundScope(boolean wholeRegion) {
        return " r.regionPath = :region" + (wholeRegion ? "" : " and exists (select 1 from RoundMatter rm,"
                + " EstablishmentMatter m, Unit u where rm.roundId = r.id and rm.included = true and m.id = rm.matterId"
                + " and u.id = m.unitId and u.path like :prefix)");
    }

    private static Map<String, Object> scopeParams(ScopedActor actor) {
        Map<String, Object> params = new HashMap<>();
        params.put("region", actor.regionPath());
        if (!TrackingPolicy.seesWholeRegion(actor)) {
            params.put("prefix", TrackingPolicy.visiblePrefix(actor) + "%");
        }
        return params;
    }

    /** The rounds the actor sees: all of the region's for the office, committee and leaders; those reviewing its own matters for a unit. */
    public Uni<TrackingRoundConnection> rounds(ScopedActor actor, Integer first, String after) {
        int size = Paging.pageSize(first);
        Paging.decodeId(after); // a bad cursor is a VALIDATION error, even for one who sees nothing
        Uni<NewestFirst.Page<TrackingRound>> page = TrackingPolicy.visiblePrefix(actor) == null || actor.regionPath() == null
                ? Uni.createFrom().item(new NewestFirst.Page<>(List.of(), 0))
                : NewestFirst.page(reads, "r", " from TrackingRound r where" + roundScope(TrackingPolicy.seesWholeRegion(actor)),
                        scopeParams(actor), after, size, TrackingRound.class);
        return page.map(p -> Paging.connection(p.rows(), size, p.total(), r -> String.valueOf(r.id),
                TrackingRoundConnection.TrackingRoundEdge::new, TrackingRoundConnection::new));
    }

    /** One round the actor sees; NOT_FOUND otherwise. */
    public Uni<TrackingRound> round(ScopedActor actor, long id) {
        if (TrackingPolicy.visiblePrefix(actor) == null || actor.regionPath() == null) {
            return Uni.createFrom().failure(new NotFoundException(ROUND_NOT_FOUND));
        }
        String where = roundScope(TrackingPolicy.seesWholeRegion(actor));
        return reads.read(s -> {
            var q = s.createSelectionQuery("from TrackingRound r where r.id = :id and" + where, TrackingRound.class)
                    .setParameter("id", id);
            scopeParams(actor).forEach(q::setParameter);
            return q.getResultList();
        }).map(rows -> {
            if (rows.isEmpty()) {
                throw new NotFoundException(ROUND_NOT_FOUND);
            }
            return rows.get(0);
        });
    }

    /** The dated steps of the rounds, in step order. */
    public Uni<Map<Long, List<RoundStepRecord>>> steps(Collection<Long> roundIds) {
        return reads.read(s -> s.createSelectionQuery("from RoundStepRecord r where r.roundId in :ids order by r.roundId, r.id",
                RoundStepRecord.class).setParameter("ids", roundIds).getResultList()).map(rows -> {
                    Map<Long, List<RoundStepRecord>> byRound = new HashMap<>();
                    rows.forEach(r -> byRound.computeIfAbsent(r.roundId, k -> new ArrayList<>()).add(r));
                    return byRound;
                });
    }

    /**
     * The matters of the rounds as each reviews them, limited to those the actor sees (a unit: its own), with scores,
     * normalised results, rectifications, recommendations and archive entries; five queries for any number of rounds.
     */
    public Uni<Map<Long, List<RoundMatterView>>> roundMatters(ScopedActor actor, Collection<Long> roundIds) {
        String prefix = TrackingPolicy.visiblePrefix(actor);
        if (prefix == null || roundIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return reads.read(s -> loadViews(s, roundIds, prefix + "%"));
    }

    private record Loaded(List<Object[]> rows, List<TrackingRound> rounds, List<MatterScore> scores,
                          List<RectificationRecord> rectifications, List<ArchiveEntry> archives) {
    }

    private static Uni<Map<Long, List<RoundMatterView>>> loadViews(Mutiny.StatelessSession s, Collection<Long> roundIds,
                                                                  String prefix) {
        return s.createSelectionQuery("""
                        select rm, m from RoundMatter rm, EstablishmentMatter m, Unit u
                        where rm.roundId in :rounds and m.id = rm.matterId and u.id = m.unitId and u.path like :prefix
                        order by rm.roundId, m.kind, m.id""", Object[].class)
                .setParameter("rounds", roundIds).setParameter("prefix", prefix).getResultList()
                .chain(rows -> s.createSelectionQuery("from TrackingRound r where r.id in :rounds", TrackingRound.class)
                        .setParameter("rounds", roundIds).getResultList()
                        .chain(rounds -> s.createSelectionQuery("from MatterScore x where x.roundId in :rounds order by x.id",
                                        MatterScore.class).setParameter("rounds", roundIds).getResultList()
                                .chain(scores -> s.createSelectionQuery(
                                                "from RectificationRecord r where r.roundId in :rounds order by r.id",
                                                RectificationRecord.class).setParameter("rounds", roundIds).getResultList()
                                        .chain(rects -> s.createSelectionQuery("from ArchiveEntry a where a.roundId in :rounds",
                                                        ArchiveEntry.class).setParameter("rounds", roundIds).getResultList()
                                                .map(archives -> assemble(new Loaded(rows, rounds, scores, rects, archives)))))));
    }

    private static String key(long roundId, long matterId) {
        return roundId + "/" + matterId;
    }

    private static Map<Long, List<RoundMatterView>> assemble(Loaded l) {
        Map<Long, TrackingRound> rounds = new HashMap<>();
        l.rounds().forEach(r -> rounds.put(r.id, r));
        Map<String, List<MatterScore>> scores = new HashMap<>();
        l.scores().forEach(x -> scores.computeIfAbsent(key(x.roundId, x.matterId), k -> new ArrayList<>()).add(x));
        Map<String, List<RectificationRecord>> rects = new HashMap<>();
        l.rectifications().forEach(r -> rects.computeIfAbsent(key(r.roundId, r.matterId), k -> new ArrayList<>()).add(r));
        Map<String, ArchiveEntry> archives = new HashMap<>();
        l.archives().forEach(a -> archives.put(key(a.roundId, a.matterId), a));
        LocalDate today = today();
        Map<Long, List<RoundMatterView>> byRound = new HashMap<>();
        for (Object[] row : l.rows()) {
            RoundMatter rm = (RoundMatter) row[0];
            EstablishmentMatter m = (EstablishmentMatter) row[1];
            TrackingRound round = rounds.get(rm.roundId);
            String k = key(rm.roundId, m.id);
            List<Indicator> indicators = round.templates.getOrDefault(m.kind, List.of());
            List<MatterScore> matterScores = scores.getOrDefault(k, List.of());
            List<RectificationRecord> matterRects = rects.getOrDefault(k, List.of());
            BigDecimal result = result(indicators, matterScores);
            RecommendationKind recommendation = ConsequencePolicy.recommendation(m.kind, result,
                    matterRects.stream().map(r -> rule(r, round.name)).toList(), today);
            byRound.computeIfAbsent(rm.roundId, x -> new ArrayList<>()).add(new RoundMatterView(rm.id, m, rm.included, rm.proposed,
                    rm.reason, rm.selfCheck, rm.selfCheckBy, rm.selfCheckAt, indicators, matterScores, result, matterRects,
                    recommendation, archives.get(k)));
        }
        return byRound;
    }

    static BigDecimal result(List<Indicator> indicators, List<MatterScore> scores) {
        Map<String, ScoreNormalisation.Entry> entries = new HashMap<>();
        scores.forEach(x -> entries.put(x.indicatorCode, new ScoreNormalisation.Entry(x.notApplicable, x.earned)));
        return ScoreNormalisation.result(indicators, entries);
    }

    static ConsequencePolicy.Rectification rule(RectificationRecord r, String roundName) {
        return new ConsequencePolicy.Rectification(r.id, roundName, r.requirement, r.deadline, r.doneOn);
    }

    /** The ranking of the round's included, fully scored matters of one kind (only the actor's visible matters). */
    public Uni<List<RankingRow>> ranking(ScopedActor actor, long roundId, MatterKind kind) {
        return round(actor, roundId).chain(r -> roundMatters(actor, List.of(r.id))).map(byRound -> {
            List<RoundMatterView> ranked = byRound.getOrDefault(roundId, List.of()).stream()
                    .filter(v -> v.included() && v.matter().kind == kind && v.result() != null)
                    .sorted(Comparator.comparing(RoundMatterView::result).reversed().thenComparing(v -> v.matter().id))
                    .toList();
            List<RankingRow> rows = new ArrayList<>();
            for (int i = 0; i < ranked.size(); i++) {
                RoundMatterView v = ranked.get(i);
                int rank = i > 0 && ranked.get(i - 1).result().compareTo(v.result()) == 0 ? rows.get(i - 1).rank() : i + 1;
                rows.add(new RankingRow(rank, v.matter(), v.result()));
            }
            return rows;
        });
    }

    /** The open and closed rectifications of a unit, for the suspension rule, with their rounds' names. */
    public Uni<List<ConsequencePolicy.Rectification>> rectificationsOfUnit(long unitId) {
        return reads.read(s -> s.createSelectionQuery("""
                        select r, t.name from RectificationRecord r, TrackingRound t
                        where r.unitId = :unit and r.doneOn is null and t.id = r.roundId order by r.deadline, r.id""",
                        Object[].class).setParameter("unit", unitId).getResultList())
                .map(rows -> rows.stream().map(row -> rule((RectificationRecord) row[0], (String) row[1])).toList());
    }

    /**
     * The establishment applications the actor sees, newest first: its own unit's for a department or township, the
     * region's for the office, committee and leaders, none for others.
     */
    public Uni<EstablishmentApplicationConnection> applications(ScopedActor actor, Integer first, String after) {
        int size = Paging.pageSize(first);
        Paging.decodeId(after); // a bad cursor is a VALIDATION error, even for one who sees nothing
        String prefix = TrackingPolicy.visiblePrefix(actor);
        Uni<NewestFirst.Page<EstablishmentApplication>> page = prefix == null ? Uni.createFrom().item(new NewestFirst.Page<>(List.of(), 0))
                : NewestFirst.page(reads, "a", " from EstablishmentApplication a, Unit u where u.id = a.unitId and u.path like :prefix",
                        Map.of("prefix", prefix + "%"), after, size, EstablishmentApplication.class);
        return page.map(p -> Paging.connection(p.rows(), size, p.total(), a -> String.valueOf(a.id),
                EstablishmentApplicationConnection.EstablishmentApplicationEdge::new, EstablishmentApplicationConnection::new));
    }

    /**
     * Whether the caller's own unit is suspended: only a department or township applies, so only they can be; the
     * reason is the refusal an application would get now.
     */
    public Uni<Suspension> suspension(ScopedActor actor) {
        if (actor.actor().system() || !actor.hasAny(Role.DEPARTMENT, Role.TOWNSHIP)) {
            return Uni.createFrom().item(new Suspension(actor.unitId(), false, null));
        }
        return rectificationsOfUnit(actor.unitId()).map(open -> {
            Decision d = ConsequencePolicy.application(open, today());
            return new Suspension(actor.unitId(), !d.allowed(), d.reason());
        });
    }

    /** The archive entry of a matter in a round; NOT_FOUND unless the actor sees both and it is archived. */
    public Uni<ArchiveEntry> archive(ScopedActor actor, long roundId, long matterId) {
        return round(actor, roundId).chain(() -> matter(actor, matterId))
                .chain(() -> reads.read(s -> s.createSelectionQuery(
                                "from ArchiveEntry a where a.roundId = :r and a.matterId = :m", ArchiveEntry.class)
                        .setParameter("r", roundId).setParameter("m", matterId).getResultList()))
                .map(rows -> {
                    if (rows.isEmpty()) {
                        throw new NotFoundException("该事项本批次尚未归档 (not archived)");
                    }
                    return rows.get(0);
                });
    }

    /** A review (one matter in one round) for its feedback letter; NOT_FOUND unless the actor sees it. */
    public record Review(String roundName, RoundMatterView review) {
    }

    public Uni<Review> review(ScopedActor actor, long reviewId) {
        return reads.read(s -> s.get(RoundMatter.class, reviewId)).chain(rm -> {
            if (rm == null) {
                throw new NotFoundException(REVIEW_NOT_FOUND);
            }
            return round(actor, rm.roundId).chain(round -> roundMatters(actor, List.of(round.id)).map(byRound -> {
                RoundMatterView view = byRound.getOrDefault(round.id, List.of()).stream()
                        .filter(v -> v.reviewId().equals(reviewId)).findFirst()
                        .orElseThrow(() -> new NotFoundException(REVIEW_NOT_FOUND));
                return new Review(round.name, view);
            }));
        });
    }
}
