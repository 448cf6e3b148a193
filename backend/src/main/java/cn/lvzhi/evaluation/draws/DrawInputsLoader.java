package cn.lvzhi.evaluation.draws;

import cn.lvzhi.common.ValidationException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers what a draw is frozen with — the round's units in scope per stratum, the internal offices under each, the
 * region's active inspectors with their 回避 units — and stores a draw's results (the seam rows and the offices and
 * inspectors taken). Runs in the caller's transaction; the demo loader runs the same statements over JDBC.
 */
@ApplicationScoped
public class DrawInputsLoader {
    /** The round's units: category, code, name; one parameter, the round. */
    public static final String CANDIDATES = """
            SELECT ru.category, u.code, u.name FROM evaluation_round_unit ru JOIN unit u ON u.id = ru.unit_id
            WHERE ru.round_id = ?1 ORDER BY u.code""";
    /** The internal offices under the round's units: unit code, office code, office name; the round. */
    public static final String OFFICES = """
            SELECT p.code, o.code, o.name FROM evaluation_round_unit ru JOIN unit p ON p.id = ru.unit_id
            JOIN unit o ON o.parent_id = p.id AND o.kind = 'INTERNAL_OFFICE'
            WHERE ru.round_id = ?1 ORDER BY p.code, o.code""";
    /** The active inspectors of a region: code, name, unit code, past unit codes comma-separated; the region path. */
    public static final String INSPECTORS = """
            SELECT i.code, i.name, u.code,
                   coalesce((SELECT string_agg(p.code, ',' ORDER BY p.code) FROM evaluation_inspector_past_unit ip
                             JOIN unit p ON p.id = ip.unit_id WHERE ip.inspector_id = i.id), '')
            FROM evaluation_inspector i JOIN unit u ON u.id = i.unit_id
            WHERE i.region_path = ?1 AND i.active ORDER BY i.code""";
    /** A drawn unit: draw, stratum, rank, hash, unit code. */
    public static final String STORE_UNIT = """
            INSERT INTO evaluation_draw_unit (draw_id, unit_id, stratum, rank, hash)
            SELECT ?1, id, ?2, ?3, ?4 FROM unit WHERE code = ?5""";
    /** A drawn office: draw, rank, hash, unit code, office code. */
    public static final String STORE_OFFICE = """
            INSERT INTO evaluation_draw_office (draw_id, unit_id, office_id, rank, hash)
            SELECT ?1, p.id, o.id, ?2, ?3 FROM unit p JOIN unit o ON o.parent_id = p.id WHERE p.code = ?4 AND o.code = ?5""";
    /** An assigned inspector: draw, rank, hash, unit code, inspector code, region path. */
    public static final String STORE_INSPECTOR = """
            INSERT INTO evaluation_draw_inspector (draw_id, unit_id, inspector_id, rank, hash)
            SELECT ?1, u.id, i.id, ?2, ?3 FROM unit u, evaluation_inspector i
            WHERE u.code = ?4 AND i.code = ?5 AND i.region_path = ?6""";

    /** Each stratum must have units of the round in it. */
    Uni<Void> checkStrata(long roundId, List<StratumSize> strata) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                "SELECT DISTINCT category FROM evaluation_round_unit WHERE round_id = ?1", String.class)
                .setParameter(1, roundId).getResultList()).invoke(present -> {
                    for (int i = 0; i < strata.size(); i++) {
                        if (!present.contains(strata.get(i).stratum())) {
                            throw new ValidationException("input.strata[" + i + "].category",
                                    "本批次该类别下没有被评估单位 (no unit of the round in this category)");
                        }
                    }
                }).replaceWithVoid();
    }

    /** The draw's inputs as they stand now. */
    Uni<DrawInputs> inputs(Draw d) {
        return Panache.getSession().chain(s -> s.createNativeQuery(CANDIDATES, Object[].class).setParameter(1, d.roundId)
                .getResultList().chain(units -> s.createNativeQuery(OFFICES, Object[].class).setParameter(1, d.roundId)
                        .getResultList().chain(offices -> s.createNativeQuery(INSPECTORS, Object[].class)
                                .setParameter(1, d.regionPath).getResultList()
                                .map(inspectors -> assemble(d.roundId, d.kOffice, d.inspectorsPerUnit, d.strata.strata(),
                                        units, offices, inspectors)))));
    }

    /** The inputs from the rows of {@link #CANDIDATES}, {@link #OFFICES} and {@link #INSPECTORS}. */
    public static DrawInputs assemble(long roundId, int kOffice, int inspectorsPerUnit, List<StratumSize> strata,
                                      List<Object[]> unitRows, List<Object[]> officeRows, List<Object[]> inspectorRows) {
        Map<String, List<DrawInputs.Candidate>> units = group(unitRows);
        Map<String, List<DrawInputs.Candidate>> offices = group(officeRows);
        List<DrawInputs.Stratum> chosen = strata.stream().map(st -> new DrawInputs.Stratum(st.stratum(), st.k(),
                units.getOrDefault(st.stratum(), List.of()))).toList();
        List<String> inScope = chosen.stream().flatMap(st -> st.candidates().stream()).map(DrawInputs.Candidate::code).toList();
        List<DrawInputs.UnitOffices> kept = offices.entrySet().stream().filter(e -> inScope.contains(e.getKey()))
                .map(e -> new DrawInputs.UnitOffices(e.getKey(), e.getValue())).toList();
        List<DrawInputs.Inspector> inspectors = inspectorRows.stream().map(r -> new DrawInputs.Inspector((String) r[0],
                (String) r[1], (String) r[2], ((String) r[3]).isEmpty() ? List.of() : Arrays.asList(((String) r[3]).split(","))))
                .toList();
        return new DrawInputs(roundId, kOffice, inspectorsPerUnit, chosen, kept, inspectors);
    }

    private static Map<String, List<DrawInputs.Candidate>> group(List<Object[]> rows) {
        Map<String, List<DrawInputs.Candidate>> out = new LinkedHashMap<>();
        for (Object[] r : rows) {
            out.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(new DrawInputs.Candidate((String) r[1], (String) r[2]));
        }
        return out;
    }

    /** The statements (with their parameters) writing what the outcome took. */
    public static List<Object[]> storing(long drawId, String regionPath, DrawAlgorithm.Outcome outcome) {
        List<Object[]> rows = new ArrayList<>();
        outcome.units().forEach(r -> r.taken().forEach(t -> rows.add(new Object[] {STORE_UNIT, drawId, r.stratum(), t.rank(),
                t.hash(), t.code()})));
        outcome.offices().forEach(r -> r.taken().forEach(t -> rows.add(new Object[] {STORE_OFFICE, drawId, t.rank(), t.hash(),
                r.unitCode(), t.code()})));
        outcome.inspectors().forEach(r -> r.taken().forEach(t -> rows.add(new Object[] {STORE_INSPECTOR, drawId, t.rank(),
                t.hash(), r.unitCode(), t.code(), regionPath})));
        return rows;
    }

    /** Writes the units, offices and inspectors the outcome took. */
    Uni<Void> store(Draw d, DrawAlgorithm.Outcome outcome) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Object[] row : storing(d.id, d.regionPath, outcome)) {
            chain = chain.chain(() -> Panache.getSession().chain(s -> {
                var q = s.createNativeQuery((String) row[0]);
                for (int i = 1; i < row.length; i++) {
                    q.setParameter(i, row[i]);
                }
                return q.executeUpdate();
            })).replaceWithVoid();
        }
        return chain;
    }
}
