package cn.lvzhi.evaluation.draws;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The 双随机 draw itself, a pure function of the frozen inputs and the seed (docs/double-random-draw.md): in each
 * stratum the candidates are ranked by their {@link DrawHashing#rankHash} ascending and the top k taken; inside each
 * drawn unit its offices are ranked the same way (stratum = the unit's code) and the top k_office taken; then, unit by
 * unit in draw order (strata as defined, units by rank), the inspectors who may inspect it (回避) are ranked (stratum =
 * "INSPECTORS:" + unit code) and taken in rank order, first those not yet assigned in this draw, and only when these run
 * out those already assigned.
 */
public final class DrawAlgorithm {

    private DrawAlgorithm() {
    }

    /** A candidate's place in one ranking (1-based), its hash and whether it was taken. */
    public record Ranked(String code, String name, String hash, int rank, boolean taken) {
    }

    /** One ranking: its stratum ({@code kind} UNIT, OFFICE or INSPECTOR), the unit it is inside (null for units). */
    public record Ranking(String kind, String stratum, String unitCode, List<Ranked> ranked) {
        public List<Ranked> taken() {
            return ranked.stream().filter(Ranked::taken).toList();
        }
    }

    /** Every ranking of a draw, in draw order. */
    public record Outcome(List<Ranking> units, List<Ranking> offices, List<Ranking> inspectors) {
    }

    public static Outcome draw(DrawInputs in, String seed) {
        List<Ranking> units = new ArrayList<>();
        List<String> drawnOrder = new ArrayList<>();
        for (DrawInputs.Stratum s : in.strata()) {
            List<Ranked> ranked = rank(seed, in.roundId(), s.stratum(), s.candidates(), s.k());
            units.add(new Ranking("UNIT", s.stratum(), null, ranked));
            ranked.stream().filter(Ranked::taken).forEach(r -> drawnOrder.add(r.code()));
        }
        Map<String, List<DrawInputs.Candidate>> officesOf = new LinkedHashMap<>();
        in.offices().forEach(u -> officesOf.put(u.unitCode(), u.offices()));
        List<Ranking> offices = new ArrayList<>();
        for (String unit : drawnOrder) {
            offices.add(new Ranking("OFFICE", unit, unit,
                    rank(seed, in.roundId(), unit, officesOf.getOrDefault(unit, List.of()), in.kOffice())));
        }
        List<Ranking> inspectors = new ArrayList<>();
        Set<String> assigned = new HashSet<>();
        for (String unit : drawnOrder) {
            List<DrawInputs.Candidate> eligible = in.inspectors().stream().filter(i -> i.mayInspect(unit))
                    .map(i -> new DrawInputs.Candidate(i.code(), i.name())).toList();
            String stratum = DrawHashing.INSPECTORS + unit;
            List<Ranked> ranked = rank(seed, in.roundId(), stratum, eligible, 0);
            Set<String> take = new HashSet<>();
            for (Ranked r : ranked) {
                if (take.size() < in.inspectorsPerUnit() && !assigned.contains(r.code())) {
                    take.add(r.code());
                }
            }
            for (Ranked r : ranked) {
                if (take.size() < in.inspectorsPerUnit()) {
                    take.add(r.code());
                }
            }
            assigned.addAll(take);
            inspectors.add(new Ranking("INSPECTOR", stratum, unit, ranked.stream()
                    .map(r -> new Ranked(r.code(), r.name(), r.hash(), r.rank(), take.contains(r.code()))).toList()));
        }
        return new Outcome(units, offices, inspectors);
    }

    /** The candidates ranked by hash ascending (ties, which SHA-256 makes practically impossible, by code); top k taken. */
    static List<Ranked> rank(String seed, long roundId, String stratum, List<DrawInputs.Candidate> candidates, int k) {
        record Hashed(DrawInputs.Candidate c, String hash) {
        }
        List<Hashed> hashed = new ArrayList<>(candidates.stream()
                .map(c -> new Hashed(c, DrawHashing.rankHash(seed, roundId, stratum, c.code()))).toList());
        hashed.sort(Comparator.comparing(Hashed::hash).thenComparing(h -> h.c().code()));
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < hashed.size(); i++) {
            Hashed h = hashed.get(i);
            ranked.add(new Ranked(h.c().code(), h.c().name(), h.hash(), i + 1, i < k));
        }
        return ranked;
    }
}
