package cn.lvzhi.evaluation.fieldwork;

import cn.lvzhi.evaluation.fieldwork.FieldworkPolicy.Sight;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.testing.TestActors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who sees and does 五个一 of drawn unit 10 of region /1/2/: the whole table of {@link FieldworkPolicy}. */
class FieldworkPolicyTest {
    private static final long DRAWN = 10;

    @ParameterizedTest(name = "{0} sees drawn unit 10 as {1}; records {2}, writes the report {3}")
    @CsvSource({
            "bianban,      ALL,  true,  false",
            "otherBianban, NONE, false, false",
            "leader,       READ, false, false",
            "dept10,       OWN,  false, true",
            "staff15,      OWN,  false, true",
            "dept11,       NONE, false, false",
            "township20,   NONE, false, false",
            "centre,       NONE, false, false",
            "bianwei,      NONE, false, false",
            "jiwei,        NONE, false, false",
            "zuzhibu,      NONE, false, false",
            "grid,         NONE, false, false",
            "hotline,      NONE, false, false"})
    void sight(String who, Sight expected, boolean records, boolean writes) {
        Sight sight = FieldworkPolicy.sight(TestActors.of(who), TestActors.REGION, DRAWN);
        assertEquals(expected, sight);
        assertEquals(records, FieldworkPolicy.record(sight).allowed());
        assertEquals(writes, FieldworkPolicy.writeReport(sight).allowed());
    }

    @ParameterizedTest(name = "{0} sees the whole region's 五个一: {1}")
    @CsvSource({"bianban, true", "leader, true", "otherBianban, true", "dept10, false", "centre, false", "jiwei, false",
            "hotline, false"})
    void wholeRegion(String who, boolean expected) {
        assertEquals(expected, FieldworkPolicy.seesWholeRegion(TestActors.of(who)));
    }

    @ParameterizedTest(name = "{0}: reads a letter to unit {1}: {2}; replies: {3}")
    @CsvSource({
            "bianban, 3,  true,  false",
            "leader,  3,  true,  false",
            "centre,  3,  true,  true",
            "dept10,  3,  false, false",
            "dept10,  10, true,  true",
            "dept11,  3,  false, false",
            "dept11,  11, true,  true",
            "hotline, 44, false, false",
            "jiwei,   3,  false, false"})
    void letters(String who, long addressee, boolean reads, boolean replies) {
        ScopedActor actor = TestActors.of(who);
        Sight sight = FieldworkPolicy.sight(actor, TestActors.REGION, DRAWN);
        assertEquals(reads, FieldworkPolicy.readsLetter(actor, sight, addressee));
        assertEquals(replies, FieldworkPolicy.reply(actor, addressee).allowed());
    }

    @ParameterizedTest(name = "due {0}, replied {1}, today 2026-12-05: overdue {2}")
    @CsvSource({
            "2026-12-04, false, true",
            "2026-12-05, false, false",
            "2026-12-06, false, false",
            "2026-12-01, true,  false"})
    void overdue(LocalDate due, boolean replied, boolean expected) {
        OffsetDateTime at = replied ? OffsetDateTime.parse("2026-12-03T10:00:00+08:00") : null;
        assertEquals(expected, InquiryLetter.overdue(due, at, LocalDate.of(2026, 12, 5)));
    }

    @ParameterizedTest(name = "question {0} is numbered {1}")
    @CsvSource({"1, 一", "9, 九", "10, 十", "12, 十二", "20, 二十", "23, 二十三"})
    void numerals(int n, String expected) {
        assertEquals(expected, InquiryLetterDocument.numeral(n));
    }
}
