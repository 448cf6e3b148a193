package cn.lvzhi.cases.evidence;

import cn.lvzhi.testing.TestActors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who may export an evidence pack at all; which cases each sees is CaseVisibility's table. */
class EvidencePolicyTest {
    @ParameterizedTest(name = "{0} exports: {1}")
    @CsvSource({
            "jiwei, true", "zuzhibu, true", "bianban, true", "centre, true", "otherCentre, true",
            "room, false", "dept10, false", "staff15, false", "township20, false", "grid, false", "hotline, false",
            "bianwei, false", "leader, false"})
    void onlyTheBodiesActingOnUnsatisfiedRatingsExport(String who, boolean allowed) {
        assertEquals(allowed, EvidencePolicy.export(TestActors.of(who)).allowed());
    }
}
