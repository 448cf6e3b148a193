package cn.lvzhi.cases;

import cn.lvzhi.cases.inputs.DispatchTargetInput;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.security.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The input rules of one dispatch ({@link DispatchPolicy#targets}) and of the hop it joins ({@link DispatchPolicy#hop})
 * as tables. Targets are written {@code unit:role} (L lead, C co-operating), separated by spaces.
 */
class DispatchPolicyTest {
    private static final Map<String, String> REASONS = Map.of(
            "ALLOW", "",
            "COUNT", DispatchPolicy.TARGET_COUNT,
            "TWICE", DispatchPolicy.TWICE,
            "TWO_LEADS", DispatchPolicy.TWO_LEADS,
            "HOP_HAS_LEAD", DispatchPolicy.HOP_HAS_LEAD,
            "HOP_HAS_UNIT", DispatchPolicy.HOP_HAS_UNIT);

    static List<DispatchTargetInput> targets(String spec) {
        List<DispatchTargetInput> out = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            return out;
        }
        for (String one : spec.trim().split("\\s+")) {
            String[] parts = one.split(":");
            DispatchTargetInput t = new DispatchTargetInput();
            t.unitId = Long.parseLong(parts[0]);
            t.role = parts[1].equals("L") ? DispatchRole.LEAD : DispatchRole.CO_OPERATE;
            out.add(t);
        }
        return out;
    }

    private static void assertDecision(String expected, Decision d) {
        assertEquals(expected.equals("ALLOW"), d.allowed(), "allowed");
        if (!d.allowed()) {
            assertEquals(REASONS.get(expected), d.reason());
        }
    }

    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource({
            "'',                                 COUNT",
            "10:L,                               ALLOW",
            "10:C,                               ALLOW",
            "10:L 11:C,                          ALLOW",
            "10:C 11:C 12:C,                     ALLOW",
            "10:L 11:C 12:C 13:C 14:C 15:C 16:C 17:C 18:C 19:C, ALLOW",
            "10:L 11:C 12:C 13:C 14:C 15:C 16:C 17:C 18:C 19:C 20:C, COUNT",
            "10:L 10:C,                          TWICE",
            "10:C 11:C 10:C,                     TWICE",
            "10:L 11:L,                          TWO_LEADS",
            "10:C 11:L 12:L,                     TWO_LEADS",
            "10:L 10:L,                          TWICE",
    })
    void targetsOfOneDispatch(String spec, String expected) {
        assertDecision(expected, DispatchPolicy.targets(targets(spec)));
    }

    @Test
    void aRefusedTargetListIsAValidationErrorOfTheTargetsField() {
        ValidationException e = assertThrows(ValidationException.class, () -> DispatchPolicy.checkTargets(targets("10:L 11:L")));
        assertEquals("input.targets", e.field());
        assertEquals(DispatchPolicy.TWO_LEADS, e.getMessage());
        assertThrows(ValidationException.class, () -> DispatchPolicy.checkTargets(null));
    }

    /** The live dispatches of the hop, written {@code unit:role} like the targets. */
    static List<Dispatch> live(String spec) {
        return targets(spec).stream().map(t -> {
            Dispatch d = new Dispatch();
            d.toUnitId = t.unitId;
            d.role = t.role;
            return d;
        }).toList();
    }

    @ParameterizedTest(name = "[{0}] joining a hop with [{1}] → {2}")
    @CsvSource({
            "10:L,       '',         ALLOW",
            "10:L,       11:C,       ALLOW",
            "12:C,       10:L 11:C,  ALLOW",
            "12:L,       10:L,       HOP_HAS_LEAD",
            "12:L 13:C,  10:L 11:C,  HOP_HAS_LEAD",
            "11:C,       10:L 11:C,  HOP_HAS_UNIT",
            "12:C 10:C,  10:L,       HOP_HAS_UNIT",
            "10:L,       10:C,       HOP_HAS_UNIT",
    })
    void targetsJoiningAHop(String spec, String hop, String expected) {
        assertDecision(expected, DispatchPolicy.hop(targets(spec), live(hop)));
    }
}
