package cn.lvzhi.demo.mandates;

import cn.lvzhi.demo.mandates.DemoMandates.DutySeed;
import cn.lvzhi.demo.mandates.DemoMandates.MandateSeed;
import cn.lvzhi.demo.mandates.DemoMandates.StaffingRecord;
import cn.lvzhi.demo.org.DemoDistrict;
import cn.lvzhi.mandates.DutyChangeStatus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo mandates: one per department of 清河区, within the stated bounds, transfers paired, deterministic. */
class DemoMandatesTest {
    static final List<MandateSeed> MANDATES = DemoMandates.generate(DemoDistrict.generate(1));

    @Test
    void everyDepartmentOfTheDistrictHasAMandateWithinBounds() {
        assertEquals(35, MANDATES.size());
        for (MandateSeed m : MANDATES) {
            int n = m.duties().size();
            assertTrue(n >= DemoMandates.MIN_DUTIES && n <= DemoMandates.MAX_DUTIES, m.unitCode() + " has " + n + " duties");
            for (int i = 0; i < n; i++) {
                assertEquals(i + 1, m.duties().get(i).ordinal());
            }
            int records = m.history().size();
            assertTrue(records >= 2 && records <= 4, m.unitCode() + " has " + records + " staffing records");
            assertNull(m.history().get(0).before());
            for (int i = 1; i < records; i++) {
                StaffingRecord r = m.history().get(i);
                assertEquals(m.history().get(i - 1).after(), r.before(), "history chains");
                assertTrue(r.effectiveDate().isAfter(m.history().get(i - 1).effectiveDate()), "dated in order");
                assertTrue(r.after().leaderPosts() <= r.after().administrativePosts() + r.after().institutionalPosts());
                assertTrue(r.after().actualHeadcount() >= 0);
            }
        }
    }

    @Test
    void everyTransferOutHasItsTransferIn() {
        Map<String, MandateSeed> byUnit = MANDATES.stream().collect(Collectors.toMap(MandateSeed::unitCode, Function.identity()));
        List<DutySeed> out = MANDATES.stream().flatMap(m -> m.duties().stream())
                .filter(d -> d.changeStatus() == DutyChangeStatus.TRANSFERRED_OUT).toList();
        assertTrue(out.size() >= 10);
        for (DutySeed d : out) {
            assertNotNull(d.relatedUnitCode());
            assertTrue(byUnit.get(d.relatedUnitCode()).duties().stream().anyMatch(in -> in.changeStatus() == DutyChangeStatus.TRANSFERRED_IN
                    && d.unitCode().equals(in.relatedUnitCode())), d.text());
        }
    }

    @Test
    void isDeterministic() {
        assertEquals(MANDATES, DemoMandates.generate(DemoDistrict.generate(1)));
    }
}
