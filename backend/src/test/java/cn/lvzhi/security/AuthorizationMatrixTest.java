package cn.lvzhi.security;

import cn.lvzhi.testing.Cases;
import cn.lvzhi.testing.Disputes;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Imports;
import cn.lvzhi.testing.Keycloak;
import cn.lvzhi.testing.Lists;
import cn.lvzhi.testing.Mandates;
import cn.lvzhi.testing.Tracking;
import cn.lvzhi.tracking.inputs.AdvanceRoundStepInput;
import cn.lvzhi.tracking.inputs.ApplyForEstablishmentInput;
import cn.lvzhi.tracking.inputs.ArchiveReviewInput;
import cn.lvzhi.tracking.inputs.ChangeRoundScopeInput;
import cn.lvzhi.tracking.inputs.CreateEstablishmentMatterInput;
import cn.lvzhi.tracking.inputs.PlanTrackingRoundInput;
import cn.lvzhi.tracking.inputs.RecordRectificationInput;
import cn.lvzhi.tracking.inputs.SaveTrackingTemplateInput;
import cn.lvzhi.tracking.inputs.SubmitSelfCheckInput;
import cn.lvzhi.tracking.inputs.UpdateEstablishmentMatterInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs every cell of src/test/resources/authorization.csv (operation x role) with a real token of that role's demo
 * user, and fails when the served schema has an operation without a row.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    /** A cell of the table: A(llowed), F(ORBIDDEN) or N(OT_FOUND). */
    record Cell(String operation, Role role, char expected) {
        @Override
        public String toString() {
            return operation + " as " + role + " -> " + switch (expected) {
                case 'A' -> "allowed";
                case 'F' -> "FORBIDDEN";
                default -> "NOT_FOUND";
            };
        }
    }

    /** One GraphQL request exercising an operation; variables are built per call (unique codes, current versions). */
    record Operation(String document, Supplier<Map<String, Object>> variables) {
    }

    static final Map<String, Operation> CORE_OPERATIONS = Map.ofEntries(
            Map.entry("me", new Operation("query { me { subject unit { code } } }", Map::of)),
            Map.entry("unit", new Operation("query($id: ID!) { unit(id: $id) { code } }", () -> Map.of("id", idOf("JZ-QH-D10")))),
            Map.entry("unitByCode", new Operation("query { unitByCode(code: \"JZ-QH-BB\") { name } }", Map::of)),
            Map.entry("unitsByCodes", new Operation("query { unitsByCodes(codes: [\"JZ-QH-D10\", \"JZ-QH-D11\"]) { name } }", Map::of)),
            Map.entry("units", new Operation("query { units(first: 5) { totalCount edges { node { code } } } }", Map::of)),
            Map.entry("unitSubtree", new Operation("query($id: ID!) { unitSubtree(rootId: $id, maxDepth: 1) { code } }",
                    () -> Map.of("id", idOf("JZ-QH-T01")))),
            Map.entry("auditIntegrity", new Operation("query { auditIntegrity { intact } }", Map::of)),
            Map.entry("auditHistory", new Operation("query($id: String!) { auditHistory(entityType: \"Unit\", entityId: $id, first: 5) { totalCount } }",
                    () -> Map.of("id", idOf("JZ-QH-D10")))),
            Map.entry("auditEntityTypes", new Operation("query { auditEntityTypes }", Map::of)),
            Map.entry("createUnit", new Operation("""
                    mutation($input: CreateUnitInput!) { createUnit(input: $input) { unit { code } } }""",
                    () -> {
                        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
                        return Map.of("input", Map.of("parentId", idOf("JZ-QH-D10"), "code", "JZ-QH-D10-M" + suffix,
                                "name", "矩阵测试科" + suffix, "kind", "INTERNAL_OFFICE", "level", "COUNTY"));
                    })),
            Map.entry("updateUnit", new Operation("""
                    mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { unit { code version } } }""",
                    () -> {
                        JsonPath unit = Gql.data(Gql.as(Role.LEADER, "query($id: ID!) { unit(id: $id) { version } }",
                                Map.of("id", idOf("JZ-QH-D05"))));
                        return Map.of("input", Map.of("id", idOf("JZ-QH-D05"), "version", unit.getInt("data.unit.version"),
                                "category", "LIVELIHOOD"));
                    })),
            Map.entry("listItems", new Operation("query { listItems(filter: {kind: POWER}, first: 3) { totalCount } }", Map::of)),
            Map.entry("listItem", new Operation("query($id: ID!) { listItem(id: $id) { code versions { versionNo } } }",
                    () -> Map.of("id", Lists.twiceApprovedItem()))),
            Map.entry("listItemDiff", new Operation("query($id: ID!) { listItemDiff(itemId: $id, fromVersion: 1, toVersion: 2) { path } }",
                    () -> Map.of("id", Lists.twiceApprovedItem()))),
            Map.entry("listCounts", new Operation("query { listCounts(kind: POWER) { unitId count } }", Map::of)),
            Map.entry("listChanges", new Operation("query { listChanges(first: 5) { totalCount } }", Map::of)),
            Map.entry("proposeListChange", new Operation("""
                    mutation($i: ProposeListChangeInput!) { proposeListChange(input: $i) { change { id } } }""",
                    () -> Map.of("i", Lists.addition(idOf("JZ-QH-D10"))))),
            Map.entry("decideListChange", new Operation("""
                    mutation($id: ID!) { decideListChange(input: {changeId: $id, approve: true}) { change { status } } }""",
                    () -> Map.of("id", Lists.pendingAddition(idOf("JZ-QH-D10"))))),
            Map.entry("runListComparison", new Operation("""
                    mutation($i: RunComparisonInput!) { runListComparison(input: $i) { comparison { id } } }""",
                    Lists::comparisonOfEnvironment)),
            Map.entry("listComparison", new Operation("query($id: ID!) { listComparison(id: $id) { id } }",
                    () -> Map.of("id", Lists.storedComparison()))),
            Map.entry("listComparisons", new Operation("query { listComparisons(first: 5) { id } }", Map::of)),
            Map.entry("listImport", new Operation("query($id: ID!) { listImport(id: $id) { id status } }",
                    () -> Map.of("id", Imports.finishedImport()))),
            Map.entry("listImports", new Operation("query { listImports(first: 5) { id status } }", Map::of)),
            Map.entry("runListFusion", new Operation("""
                    mutation($i: RunFusionInput!) { runListFusion(input: $i) { comparison { id } } }""",
                    () -> Map.of("i", Map.of("unitId", idOf("JZ-QH-D10"))))),
            Map.entry("serviceItems", new Operation("query { serviceItems(first: 3) { totalCount } }", Map::of)),
            Map.entry("claimCatalogue", new Operation("query($u: ID!) { claimCatalogue(unitId: $u) { catalogueCode } }",
                    () -> Map.of("u", idOf("JZ-QH-D10")))),
            Map.entry("claimStats", new Operation("query { claimStats(first: 5) { totalCount } }", Map::of)),
            Map.entry("claimCatalogueItems", new Operation("""
                    mutation($i: ClaimCatalogueInput!) { claimCatalogueItems(input: $i) { changed } }""",
                    () -> Map.of("i", Map.of("unitId", idOf("JZ-QH-D10"), "catalogueCodes", List.of(firstCatalogueCode()))))),
            Map.entry("unclaimCatalogueItems", new Operation("""
                    mutation($i: UnclaimCatalogueInput!) { unclaimCatalogueItems(input: $i) { changed } }""",
                    () -> Map.of("i", Map.of("unitId", idOf("JZ-QH-D10"), "catalogueCodes", List.of(firstCatalogueCode()),
                            "reason", "授权矩阵测试")))),
            Map.entry("recordInspection", new Operation("""
                    mutation($i: RecordInspectionInput!) { recordInspection(input: $i) { inspection { id } } }""",
                    () -> Map.of("i", Map.of("itemId", firstInspectionItem(), "date", "2026-01-05", "objectCount", 2)))),
            Map.entry("mandate", new Operation("""
                    query($u: ID!) { mandate(unitId: $u) { unit { code } duties { id relatedUnit { code } } staffing { version }
                                                           staffingHistory(first: 2) { totalCount } offices { code } } }""",
                    () -> Map.of("u", idOf("JZ-QH-D10")))),
            Map.entry("saveDuty", new Operation(Mandates.SAVE_DUTY, () -> Map.of("i", Mandates.newDuty(idOf("JZ-QH-D10"))))),
            Map.entry("removeDuty", new Operation("""
                    mutation($i: RemoveDutyInput!) { removeDuty(input: $i) { removedId } }""",
                    () -> {
                        JsonPath duty = Mandates.addedDuty(idOf("JZ-QH-D10"));
                        return Map.of("i", Map.of("id", duty.getString("data.saveDuty.duty.id"),
                                "version", duty.getInt("data.saveDuty.duty.version")));
                    })),
            Map.entry("changeStaffing", new Operation(Mandates.CHANGE_STAFFING,
                    () -> Map.of("i", Mandates.staffingChange(idOf("JZ-QH-D05"), 30)))),
            Map.entry("notifications", new Operation("query { notifications(unreadOnly: true, first: 5) { totalCount unreadCount } }",
                    Map::of)),
            Map.entry("markNotificationsRead", new Operation("""
                    mutation { markNotificationsRead(input: {ids: []}) { marked unreadCount } }""", Map::of)),
            Map.entry("notificationSettings", new Operation("query { notificationSettings { kinds { kind enabled } } }", Map::of)),
            // every kind received: what each demo user has anyway, so the matrix changes nobody's bell
            Map.entry("updateNotificationSettings", new Operation("""
                    mutation { updateNotificationSettings(input: {mutedKinds: []}) { unreadCount settings { kinds { kind } } } }""",
                    Map::of)),
            Map.entry("establishmentMatters", new Operation("""
                    query { establishmentMatters(first: 3) { totalCount edges { node { id unit { code } } } } }""", Map::of)),
            Map.entry("establishmentMatter", new Operation("query($id: ID!) { establishmentMatter(id: $id) { kind unit { code } } }",
                    () -> Map.of("id", Tracking.matter(idOf("JZ-QH-D10"), "SET_UP", LocalDate.of(2026, 1, 5))))),
            Map.entry("trackingTemplates", new Operation("query { trackingTemplates { kind indicators { code points } } }", Map::of)),
            Map.entry("trackingRounds", new Operation("query { trackingRounds(first: 3) { totalCount } }", Map::of)),
            Map.entry("trackingRound", new Operation("""
                    query($id: ID!) { trackingRound(id: $id) { step steps { step doneByName } matters { matter { id } result } } }""",
                    () -> Map.of("id", Tracking.round(idOf("JZ-QH-D10"), "SET_UP", "PLAN").roundId()))),
            Map.entry("rankingOfKind", new Operation("""
                    query($id: ID!) { rankingOfKind(roundId: $id, kind: SET_UP) { rank result matter { id } } }""",
                    () -> Map.of("id", Tracking.scoredAtFeedback(idOf("JZ-QH-D10"), 0.8).roundId()))),
            Map.entry("trackingArchive", new Operation("""
                    query($r: ID!, $m: ID!) { trackingArchive(roundId: $r, matterId: $m) { contentHash } }""",
                    () -> {
                        Tracking.Round r = Tracking.scoredAtFeedback(idOf("JZ-QH-D10"), 0.8);
                        Tracking.office("mutation($i: ArchiveReviewInput!) { archiveReview(input: $i) { entry { id } } }",
                                Map.of("i", Map.of("roundId", r.roundId(), "matterId", r.matterId())));
                        return Map.of("r", r.roundId(), "m", r.matterId());
                    })),
            Map.entry("createEstablishmentMatter", new Operation("""
                    mutation($i: CreateEstablishmentMatterInput!) { createEstablishmentMatter(input: $i) { matter { id } } }""",
                    () -> Map.of("i", Map.of("unitId", idOf("JZ-QH-D10"), "kind", "CHANGE", "documentNo", "清编〔2026〕3号",
                            "approvedOn", "2026-02-01", "content", "授权矩阵测试事项")))),
            Map.entry("updateEstablishmentMatter", new Operation("""
                    mutation($i: UpdateEstablishmentMatterInput!) { updateEstablishmentMatter(input: $i) { matter { version } } }""",
                    () -> Map.of("i", Map.of("id", Tracking.matter(idOf("JZ-QH-D10"), "SET_UP", LocalDate.of(2026, 1, 5)),
                            "version", 0, "kind", "SET_UP", "documentNo", "清编〔2026〕4号", "approvedOn", "2026-01-06",
                            "content", "授权矩阵测试：修改")))),
            Map.entry("saveTrackingTemplate", new Operation("""
                    mutation($i: SaveTrackingTemplateInput!) { saveTrackingTemplate(input: $i) { template { version } } }""",
                    () -> Map.of("i", Tracking.currentTemplate("ABOLISH")))),
            Map.entry("planTrackingRound", new Operation("""
                    mutation($i: PlanTrackingRoundInput!) { planTrackingRound(input: $i) { round { id } } }""",
                    () -> Map.of("i", Map.of("name", "授权矩阵批次", "planDate", Tracking.freshPlanDate().toString())))),
            Map.entry("changeRoundScope", new Operation("""
                    mutation($i: ChangeRoundScopeInput!) { changeRoundScope(input: $i) { round { id } } }""",
                    () -> {
                        Tracking.Round r = Tracking.round(idOf("JZ-QH-D10"), "SET_UP", "PLAN");
                        return Map.of("i", Map.of("roundId", r.roundId(), "matterId", r.matterId(), "include", false,
                                "reason", "已列入专项督查"));
                    })),
            Map.entry("advanceRoundStep", new Operation("""
                    mutation($i: AdvanceRoundStepInput!) { advanceRoundStep(input: $i) { round { step } } }""",
                    () -> {
                        Tracking.Round r = Tracking.round(idOf("JZ-QH-D10"), "SET_UP", "PLAN");
                        return Map.of("i", Map.of("roundId", r.roundId(), "version", r.version(), "step", "SURVEY"));
                    })),
            Map.entry("submitSelfCheck", new Operation("""
                    mutation($i: SubmitSelfCheckInput!) { submitSelfCheck(input: $i) { selfCheck } }""",
                    () -> {
                        Tracking.Round r = Tracking.round(idOf("JZ-QH-D10"), "SET_UP", "SELF_CHECK");
                        return Map.of("i", Map.of("roundId", r.roundId(), "matterId", r.matterId(), "text", "人员已全部到位"));
                    })),
            Map.entry("scoreMatter", new Operation(Tracking.SCORE,
                    () -> Map.of("i", Tracking.fullScore(Tracking.round(idOf("JZ-QH-D10"), "SET_UP", "ON_SITE"), 0.9)))),
            Map.entry("requireRectification", new Operation(Tracking.REQUIRE,
                    () -> {
                        Tracking.Round r = Tracking.scoredAtFeedback(idOf("JZ-QH-D10"), 0.9);
                        return Map.of("i", Map.of("roundId", r.roundId(), "matterId", r.matterId(),
                                "requirement", "完善内部管理制度", "deadline", LocalDate.now().plusMonths(6).toString()));
                    })),
            Map.entry("recordRectification", new Operation("""
                    mutation($i: RecordRectificationInput!) { recordRectification(input: $i) { rectification { doneOn } } }""",
                    () -> {
                        JsonPath rect = Tracking.rectification(Tracking.scoredAtFeedback(idOf("JZ-QH-D10"), 0.9),
                                LocalDate.now().plusMonths(6));
                        return Map.of("i", Map.of("id", rect.getString("data.requireRectification.rectification.id"),
                                "version", rect.getInt("data.requireRectification.rectification.version")));
                    })),
            Map.entry("archiveReview", new Operation("""
                    mutation($i: ArchiveReviewInput!) { archiveReview(input: $i) { entry { contentHash } } }""",
                    () -> {
                        Tracking.Round r = Tracking.scoredAtFeedback(idOf("JZ-QH-D10"), 0.9);
                        return Map.of("i", Map.of("roundId", r.roundId(), "matterId", r.matterId()));
                    })),
            Map.entry("applyForEstablishment", new Operation("""
                    mutation($i: ApplyForEstablishmentInput!) { applyForEstablishment(input: $i) { application { id } } }""",
                    () -> Map.of("i", Map.of("unitId", idOf("JZ-QH-D10"), "kind", "CHANGE", "title", "增设噪声监管科",
                            "reason", "噪声监管任务增加")))),
            Map.entry("establishmentApplications", new Operation("""
                    query { establishmentApplications(first: 3) { totalCount edges { node { id kind unit { code } } } } }""",
                    Map::of)),
            Map.entry("establishmentSuspension", new Operation("query { establishmentSuspension { suspended reason } }", Map::of)),
            Map.entry("recordWorkload", new Operation("""
                    mutation($i: RecordWorkloadInput!) { recordWorkload(input: $i) { recorded } }""",
                    () -> Map.of("i", Map.of("year", 2025, "rows", List.of(Map.of("itemId", firstInspectionItem(),
                            "officeUnitId", idOf("JZ-QH-D10-K01"), "received", 120, "completed", 118)))))),
            Map.entry("workloadSummary", new Operation("query { workloadSummary(year: 2025) { offices { completed } } }", Map::of)),
            Map.entry("suggestPostsToMove", new Operation("""
                    query($i: SuggestPostsInput!) { suggestPostsToMove(input: $i) { posts share } }""",
                    () -> {
                        String item = firstInspectionItem();
                        Tracking.office("mutation($i: RecordWorkloadInput!) { recordWorkload(input: $i) { recorded } }",
                                Map.of("i", Map.of("year", 2024, "rows", List.of(Map.of("itemId", item,
                                        "officeUnitId", idOf("JZ-QH-D10-K01"), "received", 50, "completed", 50)))));
                        return Map.of("i", Map.of("itemId", item, "toUnitId", idOf("JZ-QH-D11"), "year", 2024,
                                "officePosts", 4));
                    })),
            Map.entry("withdrawListChange", new Operation("""
                    mutation($id: ID!) { withdrawListChange(changeId: $id) { change { status } } }""",
                    () -> Map.of("id", Lists.pendingAddition(idOf("JZ-QH-D10"))))),
            Map.entry("cases", new Operation("query { cases(first: 5) { totalCount edges { node { code } } } }", Map::of)),
            Map.entry("case", new Operation("query($id: ID!) { case(id: $id) { code dispatches { status } } }",
                    () -> Map.of("id", Cases.dispatched(true).caseId()))),
            Map.entry("suggestedHandlers", new Operation("query($id: ID!) { suggestedHandlers(caseId: $id) { role } }",
                    () -> Map.of("id", Cases.dispatched(true).caseId()))),
            Map.entry("caseStatistics", new Operation(
                    "query($i: CaseStatisticsInput!) { caseStatistics(input: $i) { totals { cases } } }",
                    () -> Map.of("i", Map.of("groupBy", "HANDLING_UNIT", "from", "2026-01-01T00:00:00+08:00", "to", "2027-01-01T00:00:00+08:00")))),
            Map.entry("caseBoard", new Operation("query { caseBoard { snapshotAt disputed } }", Map::of)),
            Map.entry("overdueDispatches", new Operation("query { overdueDispatches(first: 5) { totalCount } }", Map::of)),
            Map.entry("myTodo", new Operation("query { myTodo(first: 5) { totalCount counts { kind count } edges { node { kind case { code } } } } }",
                    Map::of)),
            Map.entry("reportCase", new Operation(Cases.REPORT, () -> Map.of("i", Cases.report()))),
            Map.entry("acceptCase", new Operation(Cases.ACCEPT, () -> Map.of("i", Map.of("caseId", Cases.reported())))),
            Map.entry("dispatchCase", new Operation(Cases.DISPATCH, () -> {
                String id = Cases.accepted();
                return Map.of("i", Cases.dispatchInput(id, Cases.version(id), true));
            })),
            Map.entry("signDispatch", new Operation(Cases.SIGN, () -> Map.of("i", Map.of("dispatchId", Cases.sentLead())))),
            Map.entry("refuseDispatch", new Operation(Cases.REFUSE,
                    () -> Map.of("i", Map.of("dispatchId", Cases.sentLead(), "reason", "不属于本单位职责")))),
            Map.entry("replyDispatch", new Operation(Cases.REPLY,
                    () -> Map.of("i", Map.of("dispatchId", Cases.signedLead(), "text", "已处置")))),
            Map.entry("rateDispatch", new Operation(Cases.RATE,
                    () -> Map.of("i", Map.of("dispatchId", Cases.repliedLead(), "level", "SATISFIED")))),
            Map.entry("remindDispatch", new Operation(Cases.REMIND,
                    () -> Map.of("i", Map.of("dispatchId", Cases.sentLead(), "message", "请尽快签收")))),
            Map.entry("appealRating", new Operation(Cases.APPEAL,
                    () -> Map.of("i", Map.of("ratingId", Cases.unsatisfiedRating(), "reason", "已按要求处置")))),
            Map.entry("decideAppeal", new Operation(Cases.DECIDE,
                    () -> Map.of("i", Map.of("appealId", Cases.pendingOfficeAppeal(), "outcome", "UPHELD", "reason", "经核实维持原评价")))),
            Map.entry("closeCase", new Operation("""
                    mutation($i: CloseCaseInput!) { closeCase(input: $i) { case { status } } }""",
                    () -> Map.of("i", Map.of("caseId", Cases.completed())))),
            Map.entry("cancelCase", new Operation("""
                    mutation($i: CancelCaseInput!) { cancelCase(input: $i) { case { status } } }""",
                    () -> Map.of("i", Map.of("caseId", Cases.reported(), "reason", "重复上报")))),
            Map.entry("reopenCase", new Operation("""
                    mutation($i: ReopenCaseInput!) { reopenCase(input: $i) { case { status round } } }""",
                    () -> {
                        String id = Cases.closed();
                        return Map.of("i", Map.of("caseId", id, "caseVersion", Cases.version(id), "reason", "回访不满意，问题反弹"));
                    })),
            Map.entry("recordCaseVisit", new Operation("""
                    mutation($i: RecordCaseVisitInput!) { recordCaseVisit(input: $i) { visit { satisfaction } } }""",
                    () -> Map.of("i", Map.of("caseId", Cases.closed(), "way", "PHONE", "satisfaction", "SATISFIED")))),
            Map.entry("disputes", new Operation("query { disputes(first: 5) { totalCount edges { node { code } } } }", Map::of)),
            Map.entry("dispute", new Operation("query($id: ID!) { dispute(id: $id) { code steps { kind } } }",
                    () -> Map.of("id", Disputes.open()))),
            Map.entry("recordDisputeStep", new Operation(Disputes.RECORD,
                    () -> Map.of("i", Disputes.act(Disputes.open(), "LEAD_CONVENES", "minutes", "召集协调会")))),
            Map.entry("escalateDispute", new Operation(Disputes.ESCALATE,
                    () -> Map.of("i", Disputes.act(Disputes.open(), "LEAD_CONVENES", "opinion", "协商未果")))),
            Map.entry("resolveDispute", new Operation(Disputes.RESOLVE,
                    () -> Map.of("i", Disputes.resolution(Disputes.open(), "LEAD_CONVENES")))),
            Map.entry("investigations", new Operation("query { investigations(first: 5) { totalCount } }", Map::of)),
            Map.entry("investigation", new Operation("query($id: ID!) { investigation(id: $id) { status findings { text } } }",
                    () -> Map.of("id", Disputes.openInvestigation()))),
            Map.entry("unsatisfiedRatings", new Operation("query { unsatisfiedRatings(first: 5) { totalCount } }", Map::of)),
            Map.entry("openInvestigation", new Operation(Disputes.OPEN_INVESTIGATION,
                    () -> Map.of("i", Map.of("ratingId", Cases.unsatisfiedRating(), "subject", "倒查")))),
            Map.entry("recordInvestigationFinding", new Operation(Disputes.RECORD_FINDING,
                    () -> Map.of("i", Map.of("investigationId", Disputes.openInvestigation(), "text", "调查情况")))),
            Map.entry("concludeInvestigation", new Operation(Disputes.CONCLUDE,
                    () -> Map.of("i", Map.of("investigationId", Disputes.openInvestigation(), "version", 0,
                            "conclusion", "NO_FAULT", "text", "经查无责")))));

    /** Every operation's request: the core features', then each part of evaluation's (one file per part). */
    static final Map<String, Operation> OPERATIONS = merged(CORE_OPERATIONS, EvaluationGoalsOperations.OPERATIONS,
            EvaluationSchemesOperations.OPERATIONS, EvaluationComputationsOperations.OPERATIONS,
            EvaluationRoundsOperations.OPERATIONS,
            EvaluationResultsOperations.OPERATIONS, CaseBasisOperations.OPERATIONS, EscalationOperations.OPERATIONS,
            EvaluationFormsOperations.OPERATIONS, EvaluationPeerOperations.OPERATIONS,
            EvaluationSurveysOperations.OPERATIONS, EvaluationDrawsOperations.OPERATIONS,
            EvaluationFieldworkOperations.OPERATIONS, EvaluationLedgerOperations.OPERATIONS,
            EvaluationSandingOperations.OPERATIONS);

    /** The tables, in order: the core features', then evaluation's (its parts in sections), then the cases' add-ons. */
    static final List<String> TABLES = List.of("/authorization.csv", "/authorization-evaluation.csv",
            "/authorization-case-basis.csv", "/authorization-escalation.csv",
            "/authorization-forms.csv", "/authorization-peer.csv", "/authorization-surveys.csv",
            "/authorization-draws.csv", "/authorization-fieldwork.csv", "/authorization-ledger.csv",
            "/authorization-sanding.csv");

    @SafeVarargs
    static Map<String, Operation> merged(Map<String, Operation>... parts) {
        Map<String, Operation> all = new HashMap<>();
        for (Map<String, Operation> part : parts) {
            part.forEach((name, op) -> assertTrue(all.put(name, op) == null, () -> "operation defined twice: " + name));
        }
        return Map.copyOf(all);
    }

    static final Map<String, String> IDS = new HashMap<>();

    /** The first catalogue code 清河区生态环境局 claims from. */
    static String firstCatalogueCode() {
        return Gql.data(Gql.as(Role.LEADER, "query($u: ID!) { claimCatalogue(unitId: $u) { catalogueCode } }",
                Map.of("u", idOf("JZ-QH-D10")))).getString("data.claimCatalogue[0].catalogueCode");
    }

    /** The first 行政检查 item of 清河区生态环境局 (already exercised in the demo data, so coverage stays as it was). */
    static String firstInspectionItem() {
        return Gql.data(Gql.as(Role.LEADER, """
                query($u: ID!) { listItems(filter: {kind: POWER, unitId: $u, powerType: INSPECTION}, first: 1) { edges { node { id } } } }""",
                Map.of("u", idOf("JZ-QH-D10")))).getString("data.listItems.edges[0].node.id");
    }

    static String idOf(String code) {
        return IDS.computeIfAbsent(code, c -> Gql.data(Gql.as(Role.LEADER,
                "query($code: String!) { unitByCode(code: $code) { id } }", Map.of("code", c)))
                .getString("data.unitByCode.id"));
    }

    static List<Cell> table() throws IOException {
        List<Cell> cells = new ArrayList<>();
        for (String table : TABLES) {
            try (InputStream in = AuthorizationMatrixTest.class.getResourceAsStream(table)) {
                assertNotNull(in, table + " missing");
                List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
                List<Role> roles = Arrays.stream(lines.get(0).split(",")).skip(1).map(String::strip).map(Role::valueOf).toList();
                assertEquals(Set.of(Role.values()), Set.copyOf(roles), "the header must list every role once");
                for (String line : lines.subList(1, lines.size())) {
                    String[] cols = Arrays.stream(line.split(",")).map(String::strip).toArray(String[]::new);
                    assertEquals(roles.size() + 1, cols.length, () -> "row has a cell per role: " + line);
                    for (int i = 0; i < roles.size(); i++) {
                        String v = cols[i + 1];
                        assertTrue(v.equals("A") || v.equals("F") || v.equals("N"), () -> "cell must be A, F or N: " + line);
                        cells.add(new Cell(cols[0], roles.get(i), v.charAt(0)));
                    }
                }
            }
        }
        return cells;
    }

    static Stream<Cell> cells() throws IOException {
        return table().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void roleGetsWhatTheTableSays(Cell cell) {
        Operation op = OPERATIONS.get(cell.operation());
        assertNotNull(op, () -> "no request defined for operation " + cell.operation());
        JsonPath body = Gql.ok(Gql.post(Keycloak.tokenFor(cell.role()), op.document(), op.variables().get()));
        switch (cell.expected()) {
            case 'A' -> {
                Gql.data(body);
                assertNotNull(body.get("data." + cell.operation()), "data present");
            }
            case 'F' -> assertFalse(Gql.error(body, "FORBIDDEN").isBlank(), "a refusal carries a reason");
            default -> Gql.error(body, "NOT_FOUND");
        }
    }

    @Test
    void everyOperationOfTheSchemaHasARow() throws IOException {
        Set<String> operations = new TreeSet<>(Gql.data(Gql.as(Role.LEADER, "{ __schema { queryType { fields { name } } } }"))
                .getList("data.__schema.queryType.fields.name"));
        operations.addAll(Gql.data(Gql.as(Role.LEADER, "{ __schema { mutationType { fields { name } } } }"))
                .getList("data.__schema.mutationType.fields.name"));
        Set<String> inTable = new TreeSet<>();
        table().forEach(c -> inTable.add(c.operation()));
        Set<String> missing = new TreeSet<>(operations);
        missing.removeAll(inTable);
        assertTrue(missing.isEmpty(), () -> "operations without a row in authorization.csv: " + missing);
        Set<String> stale = new TreeSet<>(inTable);
        stale.removeAll(operations);
        assertTrue(stale.isEmpty(), () -> "rows for operations the schema no longer has: " + stale);
        assertEquals(inTable, OPERATIONS.keySet().stream().collect(java.util.stream.Collectors.toCollection(TreeSet::new)),
                "every row has a request in OPERATIONS");
    }
}
