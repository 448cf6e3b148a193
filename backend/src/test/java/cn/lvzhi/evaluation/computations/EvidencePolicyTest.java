package cn.lvzhi.evaluation.computations;

import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.evaluation.EvaluationStage;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.UnitKind;
import cn.lvzhi.security.Role;
import cn.lvzhi.testing.TestActors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * EvidencePolicy and FiguresPolicy as tables: role × whose figure × stage. The actor's unit is /1/2/9/ in the district
 * /1/2/; /1/2/10/ is another unit of the district, /1/5/10/ one outside it.
 */
class EvidencePolicyTest {
    @ParameterizedTest(name = "{0} on {1} at {2}: sees {3}")
    @CsvSource({
            // role,               unit,       stage,           sees
            "ESTABLISHMENT_OFFICE, /1/2/10/,   DRAFT,           true",
            "ESTABLISHMENT_OFFICE, /1/5/10/,   PUBLISHED,       false",
            "LEADER,               /1/2/10/,   FIRST_MARK,      true",
            "DEPARTMENT,           /1/2/9/,    SELF_ASSESSMENT, false",
            "DEPARTMENT,           /1/2/9/,    REPLY,           true",
            "DEPARTMENT,           /1/2/9/,    DRAFT,           false",
            "DEPARTMENT,           /1/2/10/,   REPLY,           false",
            "DEPARTMENT,           /1/2/10/,   PUBLISHED,       true",
            "TOWNSHIP,             /1/2/9/,    FINAL_MARK,      true",
            "TOWNSHIP,             /1/2/10/,   FINAL_MARK,      false",
            "TOWNSHIP,             /1/5/10/,   PUBLISHED,       false",
            "COMMITTEE,            /1/2/10/,   FINAL_MARK,      false",
            "COMMITTEE,            /1/2/10/,   PUBLISHED,       false",
            "DISCIPLINE,           /1/2/10/,   PUBLISHED,       true",
            "ORGANISATION,         /1/2/10/,   SELF_ASSESSMENT, false",
            "ORGANISATION,         /1/2/10/,   PUBLISHED,       true",
            "COMMAND_CENTRE,       /1/2/10/,   PUBLISHED,       false",
            "GRID_WORKER,          /1/2/9/,    PUBLISHED,       false",
            "INTEGRATION,          /1/2/9/,    PUBLISHED,       false",
    })
    void whoSeesAFigure(Role role, String unitPath, EvaluationStage stage, boolean sees) {
        assertEquals(sees, EvidencePolicy.seesFigure(actor(role), unitPath, stage));
    }

    @ParameterizedTest(name = "{0} computes a round of {1}: {2}")
    @CsvSource({
            "ESTABLISHMENT_OFFICE, /1/2/, ALLOW",
            "ESTABLISHMENT_OFFICE, /1/5/, NOT_FOUND",
            "LEADER,               /1/2/, FORBIDDEN",
            "DEPARTMENT,           /1/2/, FORBIDDEN",
            "COMMITTEE,            /1/5/, NOT_FOUND",
            "INTEGRATION,          /1/2/, NOT_FOUND",
    })
    void whoComputes(Role role, String regionPath, String expected) {
        ScopedActor a = actor(role);
        if (expected.equals("NOT_FOUND")) {
            assertThrows(NotFoundException.class, () -> FiguresPolicy.compute(a, regionPath));
        } else {
            assertEquals(expected.equals("ALLOW"), FiguresPolicy.compute(a, regionPath).allowed());
        }
    }

    private static ScopedActor actor(Role role) {
        return TestActors.actor(role, 9, UnitKind.GOVERNMENT_DEPARTMENT, "/1/2/9/");
    }
}
