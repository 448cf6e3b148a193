package cn.lvzhi.cases;

import cn.lvzhi.cases.CaseNoticeRule.Audience;
import cn.lvzhi.notifications.NotificationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The table of which timeline step tells whom, as what: every {@link CaseEventKind} has its row. */
class CaseNoticeRuleTest {
    record Row(Audience audience, NotificationKind kind) {
    }

    static final Map<CaseEventKind, Row> TABLE = new EnumMap<>(CaseEventKind.class);

    static {
        TABLE.put(CaseEventKind.REPORTED, new Row(Audience.NOBODY, null));
        TABLE.put(CaseEventKind.ACCEPTED, new Row(Audience.NOBODY, null));
        TABLE.put(CaseEventKind.DISPATCHED, new Row(Audience.RECEIVER, NotificationKind.CASE_DISPATCHED));
        TABLE.put(CaseEventKind.SIGNED, new Row(Audience.NOBODY, null));
        TABLE.put(CaseEventKind.REFUSED, new Row(Audience.NOBODY, null));
        TABLE.put(CaseEventKind.REPLIED, new Row(Audience.DISPATCHER, NotificationKind.CASE_REPLIED));
        TABLE.put(CaseEventKind.RATED, new Row(Audience.RECEIVER, NotificationKind.CASE_RATED));
        TABLE.put(CaseEventKind.REMINDED, new Row(Audience.RECEIVER, NotificationKind.CASE_REMINDED));
        TABLE.put(CaseEventKind.APPEALED, new Row(Audience.NOBODY, null));
        TABLE.put(CaseEventKind.APPEAL_DECIDED, new Row(Audience.RECEIVER, NotificationKind.CASE_APPEAL_DECIDED));
        TABLE.put(CaseEventKind.DISPUTED, new Row(Audience.DISPUTE_PARTIES, NotificationKind.CASE_DISPUTED));
        TABLE.put(CaseEventKind.COMPLETED, new Row(Audience.NOBODY, null));
        TABLE.put(CaseEventKind.CLOSED, new Row(Audience.NOBODY, null));
        TABLE.put(CaseEventKind.CANCELLED, new Row(Audience.NOBODY, null));
        TABLE.put(CaseEventKind.OVERDUE, new Row(Audience.RECEIVER_AND_DISPATCHER, NotificationKind.CASE_OVERDUE));
        TABLE.put(CaseEventKind.HOP_CLOSED, new Row(Audience.NOBODY, null));
        TABLE.put(CaseEventKind.DEADLINE_WARNED, new Row(Audience.RECEIVER, NotificationKind.CASE_DEADLINE_WARNED));
        // 督办 is told by the escalation, to the level above the dispatcher
        TABLE.put(CaseEventKind.ESCALATED, new Row(Audience.NOBODY, null));
        TABLE.put(CaseEventKind.REOPENED, new Row(Audience.ORIGIN, NotificationKind.CASE_REOPENED));
        TABLE.put(CaseEventKind.REVISITED, new Row(Audience.NOBODY, null));
    }

    @ParameterizedTest
    @EnumSource(CaseEventKind.class)
    void everyStepHasItsRow(CaseEventKind step) {
        Row row = TABLE.get(step);
        assertEquals(row, new Row(CaseNoticeRule.of(step).audience(), CaseNoticeRule.of(step).kind()), step::name);
        if (row.kind() == null) {
            assertNull(CaseNoticeRule.of(step).heading());
        } else {
            assertTrue(CaseNoticeRule.of(step).heading().matches("\\p{IsHan}+"), step::name);
        }
    }

    static Dispatch dispatch(long from, long to) {
        Dispatch d = new Dispatch();
        d.fromUnitId = from;
        d.toUnitId = to;
        return d;
    }

    static Case caseFrom(long origin) {
        Case c = new Case();
        c.originUnitId = origin;
        c.code = "QH-1";
        c.title = "工地夜间施工";
        return c;
    }

    @Test
    void theRecipientsOfEachAudienceLeaveOutTheUnitThatTookTheStep() {
        Case c = caseFrom(9);
        Dispatch d = dispatch(1, 2);
        List<Dispatch> firstHop = List.of(dispatch(1, 2), dispatch(1, 3));
        assertEquals(Set.of(), CaseNoticeRule.recipients(Audience.NOBODY, c, d, firstHop, null));
        assertEquals(Set.of(2L), CaseNoticeRule.recipients(Audience.RECEIVER, c, d, firstHop, 1L));
        assertEquals(Set.of(1L), CaseNoticeRule.recipients(Audience.DISPATCHER, c, d, firstHop, 2L));
        assertEquals(Set.of(1L, 2L), CaseNoticeRule.recipients(Audience.RECEIVER_AND_DISPATCHER, c, d, firstHop, null));
        assertEquals(Set.of(1L, 3L), CaseNoticeRule.recipients(Audience.DISPUTE_PARTIES, c, null, firstHop, 2L));
        assertEquals(Set.of(9L), CaseNoticeRule.recipients(Audience.ORIGIN, c, null, firstHop, 1L));
        assertEquals(Set.of(), CaseNoticeRule.recipients(Audience.ORIGIN, c, null, firstHop, 9L), "the origin reopened it itself");
        assertEquals(Set.of(), CaseNoticeRule.recipients(Audience.RECEIVER, c, null, firstHop, 1L), "a case step has no receiver");
    }

    @Test
    void theTitleSaysWhatHappenedToWhichCase() {
        assertEquals("催办：QH-1 工地夜间施工（请尽快签收）", CaseNoticeRule.title("催办", caseFrom(9), "请尽快签收"));
        assertEquals("职责争议：QH-1 工地夜间施工", CaseNoticeRule.title("职责争议", caseFrom(9), null));
    }
}
