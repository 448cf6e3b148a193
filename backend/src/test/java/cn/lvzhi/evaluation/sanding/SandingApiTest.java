package cn.lvzhi.evaluation.sanding;

import cn.lvzhi.evaluation.computations.ComputedFigure;
import cn.lvzhi.security.Role;
import cn.lvzhi.testing.EvaluationRounds;
import cn.lvzhi.testing.FieldworkSanding.Fixture;
import cn.lvzhi.testing.Gql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.lvzhi.testing.EvaluationFixtures.compute;
import static cn.lvzhi.testing.EvaluationFixtures.exec;
import static cn.lvzhi.testing.EvaluationFixtures.insert;
import static cn.lvzhi.testing.EvaluationFixtures.text;
import static cn.lvzhi.testing.FieldworkSanding.DUTIES;
import static cn.lvzhi.testing.FieldworkSanding.LINK;
import static cn.lvzhi.testing.FieldworkSanding.RECORD;
import static cn.lvzhi.testing.FieldworkSanding.SUGGEST;
import static cn.lvzhi.testing.FieldworkSanding.SUMMARY;
import static cn.lvzhi.testing.FieldworkSanding.as;
import static cn.lvzhi.testing.FieldworkSanding.finding;
import static cn.lvzhi.testing.FieldworkSanding.office;
import static cn.lvzhi.testing.FieldworkSanding.prepare;
import static cn.lvzhi.testing.FieldworkSanding.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 三定 execution findings through GraphQL with real tokens: 编办 links duties to list items and records findings; the
 * follow-up is computed from prepared data; problems are raised once; versions, validation and every refused path.
 */
@QuarkusTest
class SandingApiTest {

    private static Map<String, Object> duties(long round, long unit) {
        return Map.of("r", round, "u", unit);
    }

    private static void link(long duty, Long... items) {
        office(LINK, Map.of("i", Map.of("dutyId", duty, "itemIds", List.of(items))));
    }

    private static JsonPath row(JsonPath data, long duty) {
        List<Map<String, Object>> rows = data.getList("data.sandingDuties");
        for (int i = 0; i < rows.size(); i++) {
            if (data.getLong("data.sandingDuties[" + i + "].duty.id") == duty) {
                return new JsonPath(data.prettify()).setRootPath("data.sandingDuties[" + i + "]");
            }
        }
        throw new AssertionError("no duty " + duty);
    }

    @Test
    void followUpFlagsACancelledDutyStillInUseAndClearsARetiredOne() {
        Fixture f = prepare("FIRST_MARK");
        JsonPath before = office(DUTIES, duties(f.round(), f.dept()));
        assertEquals(4, before.getList("data.sandingDuties").size());
        assertNull(row(before, f.steady()).get("followUp"), "an unchanged duty has no follow-up");
        assertEquals("NOT_LINKED", row(before, f.cancelledUsed()).getString("followUp.status"));

        link(f.cancelledUsed(), f.liveItem());
        link(f.cancelledRetired(), f.retiredItem());
        JsonPath after = office(DUTIES, duties(f.round(), f.dept()));
        JsonPath used = row(after, f.cancelledUsed());
        assertEquals("FLAGGED", used.getString("followUp.status"));
        assertEquals(2, used.getInt("followUp.casesSince"), "the case before the period is not counted");
        assertEquals(2, used.getList("followUp.cases").size());
        assertEquals(2, used.getList("followUp.reasons").size(), "item in force and cases arriving");
        assertEquals("PUBLISHED", used.getString("followUp.items[0].status"));
        JsonPath retired = row(after, f.cancelledRetired());
        assertEquals("CLEAR", retired.getString("followUp.status"));
        assertEquals(0, retired.getInt("followUp.casesSince"));
        assertEquals("NOT_LINKED", row(after, f.strengthened()).getString("followUp.status"));

        exec("UPDATE list_item SET status = 'RETIRED' WHERE id = ?", f.liveItem());
        JsonPath stillCases = row(office(DUTIES, duties(f.round(), f.dept())), f.cancelledUsed());
        assertEquals("FLAGGED", stillCases.getString("followUp.status"), "retired, but cases still arrived in the period");
        assertEquals(1, stillCases.getList("followUp.reasons").size());
    }

    @Test
    void findingsRaiseOneProblemEachAndSavingAgainRaisesNoMore() {
        Fixture f = prepare("FIRST_MARK");
        link(f.cancelledUsed(), f.liveItem());
        JsonPath fulfilled = office(RECORD, finding(f.round(), f.steady(), "FULFILLED", "note", "按规定履行"));
        long steadyId = fulfilled.getLong("data.recordDutyFinding.finding.id");
        assertFalse(fulfilled.getBoolean("data.recordDutyFinding.finding.problemRaised"));
        assertEquals(0, problems(steadyId));

        JsonPath absent = office(RECORD, finding(f.round(), f.cancelledUsed(), "ABSENT", "note", "取消后仍在受理",
                "evidence", "案卷抽查记录"));
        long id = absent.getLong("data.recordDutyFinding.finding.id");
        assertTrue(absent.getBoolean("data.recordDutyFinding.finding.problemRaised"));
        assertTrue(absent.getBoolean("data.recordDutyFinding.finding.followUpProblemRaised"), "the flagged follow-up too");
        assertEquals(2, problems(id));
        assertEquals(1, insert("""
                SELECT count(*) FROM evaluation_problem WHERE source_id = ? AND duty_id = ? AND list_item_id = ? AND round_id = ?
                  AND unit_id = ?""", id, f.cancelledUsed(), f.liveItem(), f.round(), f.dept()));

        int version = absent.getInt("data.recordDutyFinding.finding.version");
        JsonPath changed = office(RECORD, finding(f.round(), f.cancelledUsed(), "MISPLACED", "wrongUnitId", f.other(),
                "note", "由他局实际履行", "version", version));
        assertEquals(id, changed.getLong("data.recordDutyFinding.finding.id"));
        assertEquals("MISPLACED", changed.getString("data.recordDutyFinding.finding.verdict"));
        assertEquals(2, problems(id), "re-saving raises no duplicate");

        String stale = Gql.error(as(Role.ESTABLISHMENT_OFFICE, RECORD, finding(f.round(), f.cancelledUsed(), "ABSENT",
                "version", version)), "CONFLICT");
        assertTrue(stale.contains("刷新"), stale);

        JsonPath again = office(RECORD, finding(f.round(), f.steady(), "FULFILLED", "note", "按规定履行"));
        assertEquals(steadyId, again.getLong("data.recordDutyFinding.finding.id"), "a retried create answers the first");
        Gql.error(as(Role.ESTABLISHMENT_OFFICE, RECORD, finding(f.round(), f.steady(), "OVERSTEP")), "CONFLICT");

        JsonPath summary = office(SUMMARY, Map.of("r", f.round()));
        List<Map<String, Object>> units = summary.getList("data.sandingSummary.units");
        Map<String, Object> mine = units.stream().filter(u -> u.get("unitCode").equals(f.deptCode())).findFirst().orElseThrow();
        assertEquals(Map.of("duties", 4, "recorded", 2, "fulfilled", 1, "absent", 0, "overstep", 0, "misplaced", 1,
                "followedUp", 3), mine.get("counts"));
        assertEquals(1, summary.getInt("data.sandingSummary.region.misplaced"));
    }

    @Test
    void theIndicatorCountsFindingsNotFulfilledWithTheFindingsAsEvidence() throws Throwable {
        Fixture f = prepare("FIRST_MARK");
        office(RECORD, finding(f.round(), f.steady(), "OVERSTEP", "note", "超出职责范围审批"));
        office(RECORD, finding(f.round(), f.cancelledRetired(), "FULFILLED"));
        office(RECORD, finding(f.round(), f.strengthened(), "ABSENT"));
        LocalDate start = LocalDate.parse(text("SELECT period_start FROM evaluation_round WHERE id = ?", f.round()));
        LocalDate end = LocalDate.parse(text("SELECT period_end FROM evaluation_round WHERE id = ?", f.round()));
        Map<Long, ComputedFigure> figures = compute("THREE_DEFINITIONS_FINDINGS", Set.of(f.dept(), f.other()), start, end, Map.of());
        assertEquals(0, BigDecimal.valueOf(2).compareTo(figures.get(f.dept()).value()));
        assertEquals(2, figures.get(f.dept()).rows().size());
        assertEquals("DUTY_FINDING", figures.get(f.dept()).rows().get(0).kind());
        assertEquals("第1条", figures.get(f.dept()).rows().get(0).refCode());
        assertTrue(figures.get(f.dept()).rows().get(0).note().contains("越位"));
        assertEquals(0, figures.get(f.other()).value().signum());
        Map<Long, ComputedFigure> earlier = compute("THREE_DEFINITIONS_FINDINGS", Set.of(f.dept()), start.plusDays(1), end, Map.of());
        assertEquals(0, earlier.get(f.dept()).value().signum(), "a round assessing a longer period is not this one's");
    }

    @Test
    void invalidFindingsNameTheField() {
        Fixture f = prepare("FIRST_MARK");
        assertEquals("input.wrongUnitId", field(finding(f.round(), f.steady(), "MISPLACED")));
        assertEquals("input.wrongUnitId", field(finding(f.round(), f.steady(), "ABSENT", "wrongUnitId", f.other())));
        assertEquals("input.wrongUnitId", field(finding(f.round(), f.steady(), "MISPLACED", "wrongUnitId", f.dept())));
        assertEquals("input.wrongUnitId", field(finding(f.round(), f.steady(), "MISPLACED", "wrongUnitId", 999_999_999L)));
        assertEquals("input.note", field(finding(f.round(), f.steady(), "ABSENT", "note", "长".repeat(2001))));
        assertEquals("input.dutyId", field(finding(f.round(), 999_999_999L, "ABSENT")));
        long outside = insert("SELECT id FROM mandate_duty WHERE unit_id = (SELECT id FROM unit WHERE code = 'JZ-QH-D11') LIMIT 1");
        assertEquals("input.dutyId", field(finding(f.round(), outside, "ABSENT")), "D11 is not in the round's scope");
        Gql.error(as(Role.ESTABLISHMENT_OFFICE, RECORD, finding(999_999_999L, f.steady(), "ABSENT")), "NOT_FOUND");
        Gql.error(as(Role.ESTABLISHMENT_OFFICE, LINK, Map.of("i", Map.of("dutyId", f.steady(), "itemIds",
                List.of(999_999_999L)))), "VALIDATION");
    }

    private static String field(Map<String, Object> variables) {
        JsonPath body = as(Role.ESTABLISHMENT_OFFICE, RECORD, variables);
        Gql.error(body, "VALIDATION");
        return body.getString("errors[0].extensions.field");
    }

    @Test
    void aDepartmentSeesItsOwnFindingsOnlyAndLeadersReadWithoutWriting() {
        Fixture f = prepare("FIRST_MARK");
        office(RECORD, finding(f.round(), f.d10Duty(), "FULFILLED", "note", "履行到位"));
        long d10 = insert("SELECT id FROM unit WHERE code = 'JZ-QH-D10'");

        JsonPath own = Gql.data(as(Role.DEPARTMENT, DUTIES, duties(f.round(), d10)));
        assertEquals("FULFILLED", row(own, f.d10Duty()).getString("finding.verdict"));
        Gql.error(as(Role.DEPARTMENT, DUTIES, duties(f.round(), f.dept())), "NOT_FOUND");
        JsonPath ownSummary = Gql.data(as(Role.DEPARTMENT, SUMMARY, Map.of("r", f.round())));
        assertEquals(1, ownSummary.getList("data.sandingSummary.units").size());
        assertEquals("JZ-QH-D10", ownSummary.getString("data.sandingSummary.units[0].unitCode"));
        assertNull(ownSummary.get("data.sandingSummary.region"));
        String refused = Gql.error(as(Role.DEPARTMENT, RECORD, finding(f.round(), f.d10Duty(), "FULFILLED")), "FORBIDDEN");
        assertEquals(SandingPolicy.OFFICE_ONLY, refused);
        Gql.error(as(Role.DEPARTMENT, SUGGEST, Map.of("d", f.d10Duty())), "NOT_FOUND");

        Gql.error(Gql.ok(Gql.post(EvaluationRounds.d11Token(), DUTIES, duties(f.round(), d10))), "NOT_FOUND");
        Gql.error(Gql.ok(Gql.post(EvaluationRounds.d11Token(), DUTIES, duties(f.round(), insert(
                "SELECT id FROM unit WHERE code = 'JZ-QH-D11'")))), "NOT_FOUND");

        link(f.cancelledUsed(), f.liveItem());
        JsonPath leader = Gql.data(as(Role.LEADER, DUTIES, duties(f.round(), f.dept())));
        assertEquals(2, row(leader, f.cancelledUsed()).getList("followUp.cases").size(), "leaders see the cases");
        assertEquals(SandingPolicy.OFFICE_ONLY, Gql.error(as(Role.LEADER, RECORD, finding(f.round(), f.steady(), "FULFILLED")), "FORBIDDEN"));
        assertEquals(SandingPolicy.LINK_OFFICE_ONLY, Gql.error(as(Role.LEADER, LINK, Map.of("i", Map.of("dutyId", f.steady(),
                "itemIds", List.of()))), "FORBIDDEN"));
        JsonPath suggestions = Gql.data(as(Role.LEADER, SUGGEST, Map.of("d", f.cancelledUsed())));
        assertTrue(suggestions.getBoolean("data.dutyItemSuggestions[0].linked"));
        assertEquals(String.valueOf(f.liveItem()), suggestions.getString("data.dutyItemSuggestions[0].id"));

        for (Role role : List.of(Role.GRID_WORKER, Role.DISCIPLINE, Role.ORGANISATION, Role.COMMITTEE, Role.COMMAND_CENTRE)) {
            Gql.error(as(role, DUTIES, duties(f.round(), d10)), "NOT_FOUND");
            Gql.error(as(role, SUMMARY, Map.of("r", f.round())), "NOT_FOUND");
            Gql.error(as(role, RECORD, finding(f.round(), f.d10Duty(), "FULFILLED")), "NOT_FOUND");
        }
    }

    @Test
    void aDepartmentSeesTheFollowUpCountsButNotTheCasesThemselves() {
        Fixture f = prepare("FIRST_MARK");
        long d10 = insert("SELECT id FROM unit WHERE code = 'JZ-QH-D10'");
        JsonPath own = Gql.data(as(Role.DEPARTMENT, DUTIES, duties(f.round(), d10)));
        List<Map<String, Object>> rows = own.getList("data.sandingDuties");
        for (int i = 0; i < rows.size(); i++) {
            assertNull(own.get("data.sandingDuties[" + i + "].followUp.cases"));
        }
    }

    @Test
    void aDraftRoundIsHiddenFromDepartmentsAndAPublishedOneIsFinal() {
        Fixture draft = prepare("DRAFT");
        long d10 = insert("SELECT id FROM unit WHERE code = 'JZ-QH-D10'");
        Gql.error(as(Role.DEPARTMENT, DUTIES, duties(draft.round(), d10)), "NOT_FOUND");
        Gql.error(as(Role.DEPARTMENT, SUMMARY, Map.of("r", draft.round())), "NOT_FOUND");
        office(RECORD, finding(draft.round(), draft.steady(), "FULFILLED"));

        Fixture published = prepare("PUBLISHED");
        assertEquals(SandingPolicy.PUBLISHED, Gql.error(as(Role.ESTABLISHMENT_OFFICE, RECORD,
                finding(published.round(), published.steady(), "ABSENT")), "FORBIDDEN"));
        JsonPath readable = Gql.data(as(Role.DEPARTMENT, DUTIES, duties(published.round(), d10)));
        assertFalse(readable.getList("data.sandingDuties").isEmpty(), "a published round stays readable to its department");
    }

    @Test
    void suggestionsRankTheUnitsItemsAndLinksReplaceTheEarlierOnes() {
        Fixture f = prepare("FIRST_MARK");
        JsonPath none = office(SUGGEST, Map.of("d", f.cancelledUsed()));
        List<Map<String, Object>> items = none.getList("data.dutyItemSuggestions");
        assertTrue(items.stream().anyMatch(i -> i.get("id").equals(String.valueOf(f.liveItem()))), "the unit's items are suggested");
        assertTrue(items.stream().noneMatch(i -> Boolean.TRUE.equals(i.get("linked"))));

        link(f.cancelledUsed(), f.liveItem(), f.retiredItem());
        JsonPath replaced = office(LINK, Map.of("i", Map.of("dutyId", f.cancelledUsed(), "itemIds", List.of(f.retiredItem()))));
        assertEquals(List.of(String.valueOf(f.retiredItem())), replaced.getList("data.linkDutyItems.itemIds"));
        JsonPath row = row(office(DUTIES, duties(f.round(), f.dept())), f.cancelledUsed());
        assertEquals(1, row.getList("followUp.items").size());
        assertEquals("CLEAR", row.getString("followUp.status"));
        assertEquals(2, insert("SELECT count(*) FROM audit_event WHERE action = 'DUTY_ITEMS_LINKED' AND entity_id = ?",
                String.valueOf(f.cancelledUsed())), "each change of the links is audited");
    }
}
