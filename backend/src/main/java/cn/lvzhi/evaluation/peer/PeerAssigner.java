package cn.lvzhi.evaluation.peer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generates the peer matrix (互评分配) from the rules, deterministically and with a balanced load. The algorithm:
 * <ol>
 *   <li>Rules are taken in a fixed order (rater kind, then target kind, DEPARTMENT before TOWNSHIP); the candidates of
 *       each kind are the round's units of that kind, sorted by unit code.</li>
 *   <li>For each target unit in code order (the j-th of m targets, with n raters of the rule's kind), the eligible raters
 *       are every rater of the rule's kind except the target itself, units in conflict with it (回避) and units already
 *       rating it.</li>
 *   <li>The eligible raters are ordered by the number of targets they already rate in the whole matrix (fewest first),
 *       then by their distance after the target's starting slot {@code floor(j × n ÷ m)} in the code order (so ties
 *       rotate through the list instead of always favouring the first codes), then by code; the first
 *       {@code ratersPerTarget} are taken.</li>
 *   <li>A target with fewer eligible raters than asked gets all of them and is reported as a shortfall (wanted, got);
 *       nothing fails.</li>
 * </ol>
 * Only codes and ids enter the order, so the same units, rules and conflicts always give the same matrix. Taking the
 * least loaded first keeps every rater's load within one of the others' when no unit is excluded; self-exclusion and
 * conflicts can widen the spread by one at most per excluded pair.
 */
public final class PeerAssigner {

    /** A unit of the round as a candidate: id, code (the order), kind. */
    public record Candidate(long unitId, String code, PeerKind kind) {
    }

    /** A rule: raters of one kind rate targets of another, so many per target. */
    public record Rule(PeerKind raterKind, PeerKind targetKind, int ratersPerTarget) {
    }

    /** One cell: the rater unit rates the target unit under the rule of these kinds. */
    public record Cell(PeerKind raterKind, PeerKind targetKind, long raterUnitId, long targetUnitId) {
    }

    /** A target unit that got fewer raters than the rule asks, because too few were eligible. */
    public record Shortfall(long targetUnitId, int wanted, int got) {
    }

    /** The generated matrix and its shortfalls. */
    public record Matrix(List<Cell> cells, List<Shortfall> shortfalls) {
    }

    private PeerAssigner() {
    }

    /** The matrix for these candidates, rules and conflict pairs (each pair as {@link #pair}). */
    public static Matrix assign(List<Candidate> candidates, List<Rule> rules, Set<List<Long>> conflicts) {
        List<Rule> ordered = rules.stream()
                .sorted(Comparator.comparing(Rule::raterKind).thenComparing(Rule::targetKind)).toList();
        Map<Long, Integer> load = new HashMap<>();
        Set<List<Long>> taken = new HashSet<>();
        List<Cell> cells = new ArrayList<>();
        List<Shortfall> shortfalls = new ArrayList<>();
        for (Rule rule : ordered) {
            List<Candidate> raters = ofKind(candidates, rule.raterKind());
            List<Candidate> targets = ofKind(candidates, rule.targetKind());
            Map<Long, Integer> position = new HashMap<>();
            for (int i = 0; i < raters.size(); i++) {
                position.put(raters.get(i).unitId(), i);
            }
            for (int j = 0; j < targets.size(); j++) {
                Candidate target = targets.get(j);
                int start = raters.isEmpty() ? 0 : (int) ((long) j * raters.size() / targets.size());
                List<Candidate> eligible = new ArrayList<>();
                for (Candidate r : raters) {
                    if (r.unitId() != target.unitId() && !conflicts.contains(pair(r.unitId(), target.unitId()))
                            && !taken.contains(List.of(r.unitId(), target.unitId()))) {
                        eligible.add(r);
                    }
                }
                int size = raters.size();
                eligible.sort(Comparator.<Candidate>comparingInt(r -> load.getOrDefault(r.unitId(), 0))
                        .thenComparingInt(r -> Math.floorMod(position.get(r.unitId()) - start, size))
                        .thenComparing(Candidate::code));
                int got = Math.min(rule.ratersPerTarget(), eligible.size());
                for (Candidate r : eligible.subList(0, got)) {
                    cells.add(new Cell(rule.raterKind(), rule.targetKind(), r.unitId(), target.unitId()));
                    taken.add(List.of(r.unitId(), target.unitId()));
                    load.merge(r.unitId(), 1, Integer::sum);
                }
                if (got < rule.ratersPerTarget()) {
                    shortfalls.add(new Shortfall(target.unitId(), rule.ratersPerTarget(), got));
                }
            }
        }
        return new Matrix(List.copyOf(cells), List.copyOf(shortfalls));
    }

    /** A conflict pair as stored: the smaller id first. */
    public static List<Long> pair(long a, long b) {
        return a < b ? List.of(a, b) : List.of(b, a);
    }

    private static List<Candidate> ofKind(List<Candidate> candidates, PeerKind kind) {
        return candidates.stream().filter(c -> c.kind() == kind).sorted(Comparator.comparing(Candidate::code)).toList();
    }
}
