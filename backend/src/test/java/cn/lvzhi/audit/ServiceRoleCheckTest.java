package cn.lvzhi.audit;

import cn.lvzhi.audit.ServiceRoleCheck.RoleFacts;
import cn.lvzhi.audit.ServiceRoleCheck.Verdict.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The start-up rule as a table: which database roles may run the service, in production and elsewhere. */
class ServiceRoleCheckTest {
    @ParameterizedTest(name = "superuser={0} owned={1} ownsDatabase={2} production={3} -> {4}")
    @CsvSource({
            "false, 0,  false, true,  START",
            "false, 0,  false, false, START",
            "true,  0,  false, true,  REFUSE",
            "false, 42, false, true,  REFUSE",
            "false, 0,  true,  true,  REFUSE",
            "true,  42, true,  true,  REFUSE",
            "true,  0,  false, false, WARN",
            "false, 42, false, false, WARN",
            "false, 0,  true,  false, WARN",
    })
    void decides(boolean superuser, long owned, boolean ownsDatabase, boolean production, Outcome expected) {
        var verdict = ServiceRoleCheck.decide(new RoleFacts("r", superuser, owned, ownsDatabase), production);
        assertEquals(expected, verdict.outcome());
        assertEquals(expected == Outcome.START, verdict.reason() == null, verdict.reason());
    }
}
