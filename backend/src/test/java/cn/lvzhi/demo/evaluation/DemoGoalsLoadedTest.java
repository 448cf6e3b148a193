package cn.lvzhi.demo.evaluation;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.EvaluationGoals;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Mandates;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo goals as the API shows them: published both years, coverage gaps, progress and verifications, pending ones. */
@QuarkusTest
class DemoGoalsLoadedTest {
    @Inject
    DemoGoalsLoader loader;

    @BeforeEach
    void loaded() throws SQLException {
        long start = System.nanoTime();
        loader.load();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 3000, "the loader is fast: " + millis + " ms");
        assertEquals(0, loader.load(), "loading again adds nothing");
    }

    @Test
    void everyUnitHasPublishedGoalsBothYearsAndTheCoverageReportHasGaps() {
        for (int year : List.of(DemoGoals.LAST_YEAR, DemoGoals.THIS_YEAR)) {
            JsonPath d10 = Gql.data(EvaluationGoals.as(Role.TOWNSHIP, EvaluationGoals.GOALS, Map.of("first", 200, "f", Map.of("year", year,
                    "unitId", Mandates.unitId("JZ-QH-D10"), "status", "PUBLISHED"))));
            // the demo's own goals: the API tests publish goals of this year too, never titled by the year
            long count = d10.<String>getList("data.dutyGoals.edges.node.title").stream().filter(t -> t.startsWith(year + "年")).count();
            assertTrue(count >= 2 && count <= 4, year + ": " + count);
        }
        JsonPath coverage = Gql.data(Gql.as(Role.LEADER, """
                query { goalCoverage(year: 2025) { unit { code } dutyCount coveredDutyCount goalCount uncoveredDuties { id } } }"""));
        List<Map<String, Object>> rows = coverage.getList("data.goalCoverage");
        assertTrue(rows.size() >= 35, "the departments and townships: " + rows.size());
        assertTrue(rows.stream().anyMatch(r -> !((List<?>) r.get("uncoveredDuties")).isEmpty()), "duties left without a goal");
    }

    @Test
    void thisYearsGoalsHaveProgressAndSomeVerificationsAndD10HasGoalsInTheWorkflow() {
        JsonPath office = Gql.data(EvaluationGoals.as(Role.ESTABLISHMENT_OFFICE, """
                query($f: DutyGoalFilter) { dutyGoals(filter: $f, first: 200) { edges { node { status title
                  progress { id } verifications { result } } } } }""", Map.of("f", Map.of("year", DemoGoals.THIS_YEAR,
                "unitId", Mandates.unitId("JZ-QH-D10")))));
        List<String> statuses = office.getList("data.dutyGoals.edges.node.status");
        assertTrue(statuses.containsAll(List.of("PUBLISHED", "DRAFT", "SUBMITTED")), statuses.toString());
        List<List<Object>> progress = office.getList(
                "data.dutyGoals.edges.findAll { it.node.status == 'PUBLISHED' && it.node.title.startsWith('2026年') }.node.progress");
        assertTrue(progress.size() >= 2, "the demo's published goals of D10");
        assertTrue(progress.stream().allMatch(p -> !p.isEmpty()), "every published goal of D10 has progress");
        JsonPath returned = Gql.data(EvaluationGoals.as(EvaluationGoals.chengguan(), EvaluationGoals.GOALS, Map.of("f",
                Map.of("year", DemoGoals.THIS_YEAR, "status", "RETURNED", "unitId", Mandates.unitId("JZ-QH-D11")))));
        assertEquals(1, returned.getInt("data.dutyGoals.totalCount"));
    }
}
