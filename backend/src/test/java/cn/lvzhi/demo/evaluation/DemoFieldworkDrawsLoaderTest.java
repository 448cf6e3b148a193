package cn.lvzhi.demo.evaluation;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.OffsetDateTime;

import static cn.lvzhi.testing.Sql.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo's draws as the application loaded them at start (the first draws made): the register, a DRAWN draw of
 * four departments taking 生态环境局 JZ-QH-D10 with offices and inspectors, and a FROZEN draw without a seed; loading
 * again adds nothing.
 */
@QuarkusTest
class DemoFieldworkDrawsLoaderTest {
    @Inject
    AgroalDataSource dataSource;

    @Inject
    DemoFieldworkDrawsLoader loader;

    @Test
    void drawsFourDepartmentsIncludingTheEnvironmentBureauAndFreezesThisYearsRound() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                assertEquals(0, loader.load(OffsetDateTime.now()), "the demo is loaded once");
                assertEquals(4, number(c, """
                        SELECT count(*) FROM evaluation_draw_unit du JOIN evaluation_draw d ON d.id = du.draw_id
                        WHERE d.status = 'DRAWN' AND d.seed LIKE '演示种子-%' AND d.created_by_name = '清河区编办'
                        AND d.id = (SELECT min(id) FROM evaluation_draw WHERE status = 'DRAWN')"""));
                assertEquals(1, number(c, """
                        SELECT count(*) FROM evaluation_draw_unit du JOIN unit u ON u.id = du.unit_id
                        WHERE u.code = 'JZ-QH-D10' AND du.draw_id = (SELECT min(id) FROM evaluation_draw WHERE status = 'DRAWN')"""));
                assertEquals(8, number(c, "SELECT count(*) FROM evaluation_draw_office WHERE draw_id = "
                        + "(SELECT min(id) FROM evaluation_draw WHERE status = 'DRAWN')"));
                assertEquals(8, number(c, "SELECT count(*) FROM evaluation_draw_inspector WHERE draw_id = "
                        + "(SELECT min(id) FROM evaluation_draw WHERE status = 'DRAWN')"));
                assertTrue(number(c, "SELECT count(*) FROM evaluation_draw WHERE status = 'FROZEN' AND seed IS NULL "
                        + "AND created_by_name = '清河区编办'") >= 1);
            } finally {
                c.rollback();
            }
        }
    }
}
