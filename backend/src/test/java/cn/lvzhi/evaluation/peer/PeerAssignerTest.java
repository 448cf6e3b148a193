package cn.lvzhi.evaluation.peer;

import cn.lvzhi.evaluation.peer.PeerAssigner.Candidate;
import cn.lvzhi.evaluation.peer.PeerAssigner.Cell;
import cn.lvzhi.evaluation.peer.PeerAssigner.Matrix;
import cn.lvzhi.evaluation.peer.PeerAssigner.Rule;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The peer matrix rules: no self, no conflict, the raters asked for, balanced, deterministic; shortfalls reported. */
class PeerAssignerTest {
    private static final List<Rule> DEMO_RULES = List.of(new Rule(PeerKind.DEPARTMENT, PeerKind.DEPARTMENT, 8),
            new Rule(PeerKind.TOWNSHIP, PeerKind.DEPARTMENT, 3), new Rule(PeerKind.DEPARTMENT, PeerKind.TOWNSHIP, 5));

    /** 35 departments (ids 1..35, D01..D35) and 10 townships (ids 101..110, T01..T10), like the demo district. */
    private static List<Candidate> district() {
        List<Candidate> c = new ArrayList<>();
        for (int i = 1; i <= 35; i++) {
            c.add(new Candidate(i, String.format("JZ-QH-D%02d", i), PeerKind.DEPARTMENT));
        }
        for (int i = 1; i <= 10; i++) {
            c.add(new Candidate(100 + i, String.format("JZ-QH-T%02d", i), PeerKind.TOWNSHIP));
        }
        return c;
    }

    @Test
    void aSmallMatrixIsTheDocumentedOne() {
        List<Candidate> four = List.of(new Candidate(1, "A", PeerKind.DEPARTMENT), new Candidate(2, "B", PeerKind.DEPARTMENT),
                new Candidate(3, "C", PeerKind.DEPARTMENT), new Candidate(4, "D", PeerKind.DEPARTMENT));
        Matrix m = PeerAssigner.assign(four, List.of(new Rule(PeerKind.DEPARTMENT, PeerKind.DEPARTMENT, 2)), Set.of());
        // A is rated by B, C; B by D, A; C by D, A; D by B, C — every unit rates two (see the algorithm's Javadoc)
        assertEquals(List.of(cell(2, 1), cell(3, 1), cell(4, 2), cell(1, 2), cell(4, 3), cell(1, 3), cell(2, 4), cell(3, 4)),
                m.cells());
        assertTrue(m.shortfalls().isEmpty());
    }

    private static Cell cell(long rater, long target) {
        return new Cell(PeerKind.DEPARTMENT, PeerKind.DEPARTMENT, rater, target);
    }

    @Test
    void noSelfNoConflictEveryTargetGetsItsRaters() {
        Set<List<Long>> conflicts = Set.of(PeerAssigner.pair(1, 2), PeerAssigner.pair(3, 101), PeerAssigner.pair(5, 6),
                PeerAssigner.pair(5, 7), PeerAssigner.pair(102, 9));
        Matrix m = PeerAssigner.assign(district(), DEMO_RULES, conflicts);
        Set<List<Long>> pairs = new HashSet<>();
        Map<Long, Integer> raters = new HashMap<>();
        for (Cell c : m.cells()) {
            assertFalse(c.raterUnitId() == c.targetUnitId(), "a unit rates itself: " + c);
            assertFalse(conflicts.contains(PeerAssigner.pair(c.raterUnitId(), c.targetUnitId())), "a conflict pair: " + c);
            assertTrue(pairs.add(List.of(c.raterUnitId(), c.targetUnitId())), "twice the same pair: " + c);
            assertEquals(c.raterKind(), c.raterUnitId() > 100 ? PeerKind.TOWNSHIP : PeerKind.DEPARTMENT);
            assertEquals(c.targetKind(), c.targetUnitId() > 100 ? PeerKind.TOWNSHIP : PeerKind.DEPARTMENT);
            raters.merge(c.targetUnitId(), 1, Integer::sum);
        }
        for (Candidate t : district()) {
            int wanted = t.kind() == PeerKind.DEPARTMENT ? 8 + 3 : 5;
            assertEquals(wanted, raters.get(t.unitId()), t.code());
        }
        assertTrue(m.shortfalls().isEmpty());
        assertEquals(35 * 11 + 10 * 5, m.cells().size());
    }

    @Test
    void theLoadIsBalanced() {
        Matrix m = PeerAssigner.assign(district(), DEMO_RULES, Set.of());
        IntSummaryStatistics departments = loads(m, PeerKind.DEPARTMENT);
        IntSummaryStatistics townships = loads(m, PeerKind.TOWNSHIP);
        // 35 × 8 + 10 × 5 = 330 ratings over 35 departments: 9 or 10 each; 35 × 3 = 105 over 10 townships: 10 or 11
        assertTrue(departments.getMax() - departments.getMin() <= 1, departments.toString());
        assertTrue(townships.getMax() - townships.getMin() <= 1, townships.toString());
        assertEquals(330, departments.getSum());
        assertEquals(105, townships.getSum());
        IntSummaryStatistics withConflicts = loads(PeerAssigner.assign(district(), DEMO_RULES,
                Set.of(PeerAssigner.pair(1, 2), PeerAssigner.pair(1, 3), PeerAssigner.pair(4, 101))), PeerKind.DEPARTMENT);
        assertTrue(withConflicts.getMax() - withConflicts.getMin() <= 2, withConflicts.toString());
    }

    private static IntSummaryStatistics loads(Matrix m, PeerKind raterKind) {
        Map<Long, Integer> load = new HashMap<>();
        m.cells().stream().filter(c -> c.raterKind() == raterKind).forEach(c -> load.merge(c.raterUnitId(), 1, Integer::sum));
        return load.values().stream().mapToInt(Integer::intValue).summaryStatistics();
    }

    @Test
    void theSameInputsGiveTheSameMatrixWhateverTheirOrder() {
        Set<List<Long>> conflicts = Set.of(PeerAssigner.pair(1, 2), PeerAssigner.pair(8, 104));
        Matrix first = PeerAssigner.assign(district(), DEMO_RULES, conflicts);
        List<Candidate> shuffled = new ArrayList<>(district());
        Collections.shuffle(shuffled, new Random(42));
        List<Rule> rules = new ArrayList<>(DEMO_RULES);
        Collections.reverse(rules);
        assertEquals(first, PeerAssigner.assign(shuffled, rules, new HashSet<>(conflicts)));
        assertEquals(first, PeerAssigner.assign(district(), DEMO_RULES, conflicts));
    }

    @Test
    void tooFewRatersGiveEveryEligibleOneAndAShortfall() {
        List<Candidate> few = List.of(new Candidate(1, "D1", PeerKind.DEPARTMENT), new Candidate(2, "D2", PeerKind.DEPARTMENT),
                new Candidate(11, "T1", PeerKind.TOWNSHIP), new Candidate(12, "T2", PeerKind.TOWNSHIP),
                new Candidate(13, "T3", PeerKind.TOWNSHIP));
        Matrix m = PeerAssigner.assign(few, List.of(new Rule(PeerKind.TOWNSHIP, PeerKind.DEPARTMENT, 5),
                new Rule(PeerKind.DEPARTMENT, PeerKind.DEPARTMENT, 2)), Set.of(PeerAssigner.pair(2, 13)));
        assertEquals(List.of(new PeerAssigner.Shortfall(1, 2, 1), new PeerAssigner.Shortfall(2, 2, 1),
                new PeerAssigner.Shortfall(1, 5, 3), new PeerAssigner.Shortfall(2, 5, 2)), m.shortfalls());
        assertEquals(1 + 1 + 3 + 2, m.cells().size());
    }

    @Test
    void noRaterOfTheKindMeansEveryTargetIsShort() {
        List<Candidate> departmentsOnly = List.of(new Candidate(1, "D1", PeerKind.DEPARTMENT));
        Matrix m = PeerAssigner.assign(departmentsOnly, List.of(new Rule(PeerKind.TOWNSHIP, PeerKind.DEPARTMENT, 3)), Set.of());
        assertTrue(m.cells().isEmpty());
        assertEquals(List.of(new PeerAssigner.Shortfall(1, 3, 0)), m.shortfalls());
    }
}
