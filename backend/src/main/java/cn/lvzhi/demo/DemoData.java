package cn.lvzhi.demo;

import cn.lvzhi.demo.cases.DemoCasesLoader;
import cn.lvzhi.demo.disputes.DemoDisputesLoader;
import cn.lvzhi.demo.evaluation.DemoEvaluationRoundsLoader;
import cn.lvzhi.demo.evaluation.DemoFieldwork;
import cn.lvzhi.demo.evaluation.DemoGoalsLoader;
import cn.lvzhi.demo.evaluation.DemoSchemesLoader;
import cn.lvzhi.demo.investigations.DemoInvestigationsLoader;
import cn.lvzhi.demo.lists.DemoFusionLoader;
import cn.lvzhi.demo.lists.DemoListsLoader;
import cn.lvzhi.demo.mandates.DemoMandatesLoader;
import cn.lvzhi.demo.org.DemoDistrictLoader;
import cn.lvzhi.demo.staffing.DemoWorkloadLoader;
import cn.lvzhi.demo.tracking.DemoTrackingLoader;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * The demo district (演示数据) at start-up, right after the migrations: runs every feature's demo loader in the one
 * order their data needs. Each loader fills its own tables in its own transaction and only when they are empty, so a
 * restart, or a second instance starting at the same time, adds nothing.
 */
@ApplicationScoped
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private final boolean enabled;
    private final DemoDatabase database;
    private final DemoDistrictLoader district;
    private final DemoListsLoader lists;
    private final DemoMandatesLoader mandates;
    private final DemoFusionLoader fusion;
    private final DemoCasesLoader cases;
    private final DemoDisputesLoader disputes;
    private final DemoInvestigationsLoader investigations;
    private final DemoTrackingLoader tracking;
    private final DemoWorkloadLoader workload;
    private final DemoGoalsLoader goals;
    private final DemoSchemesLoader schemes;
    private final DemoEvaluationRoundsLoader evaluationRounds;
    private final DemoFieldwork fieldwork;

    public DemoData(@ConfigProperty(name = "lvzhi.demo.enabled") boolean enabled, DemoDatabase database,
                    DemoDistrictLoader district,
                    DemoListsLoader lists, DemoMandatesLoader mandates, DemoFusionLoader fusion, DemoCasesLoader cases,
                    DemoDisputesLoader disputes, DemoInvestigationsLoader investigations, DemoTrackingLoader tracking,
                    DemoWorkloadLoader workload, DemoGoalsLoader goals, DemoSchemesLoader schemes,
                    DemoEvaluationRoundsLoader evaluationRounds, DemoFieldwork fieldwork) {
        this.enabled = enabled;
        this.database = database;
        this.district = district;
        this.lists = lists;
        this.mandates = mandates;
        this.fusion = fusion;
        this.cases = cases;
        this.disputes = disputes;
        this.investigations = investigations;
        this.tracking = tracking;
        this.workload = workload;
        this.goals = goals;
        this.schemes = schemes;
        this.evaluationRounds = evaluationRounds;
        this.fieldwork = fieldwork;
    }

    // before the other start-up observers of the application (default priority 2500). Its time is part of every
    // start (ready comes after it), so it is said: on a database that has the demo, only the loaders' checks run.
    void onStart(@Observes @Priority(1000) StartupEvent event) throws SQLException, IOException {
        if (enabled) {
            long started = System.nanoTime();
            load(OffsetDateTime.now());
            LOG.infof("demo data in place in %d ms (loaders run only where their data is missing)",
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    /**
     * Runs the loaders in order, then, when any of them wrote, vacuums and analyses the tables
     * ({@link DemoDatabase#settle}); the case history ends the day before {@code now}.
     */
    public void load(OffsetDateTime now) throws SQLException, IOException {
        district.load();        // the units, which everything below refers to by code
        lists.load();           // the list items of those units
        mandates.load();        // the departments' 三定 duties and staffing
        fusion.load();          // service items and claims, derived from the power items of the lists
        cases.load(now);        // the case history, categorised by list items
        disputes.load();        // on the DISPUTED cases of that history
        investigations.load();  // on its 不满意 ratings
        tracking.load();        // establishment matters and the follow-up rounds
        workload.load();        // the yearly workload of the published power items
        goals.load();           // the units' duty goals of last year and this year, with progress and verification
        schemes.load();         // the indicator schemes of last year and this year
        evaluationRounds.load(now); // the evaluation rounds on those schemes, figured from all of the above
        fieldwork.load(now);        // their fieldwork: draws, forms, peer ratings, questionnaires, 五个一, 三定, the ledger
        long settling = System.nanoTime();
        try {
            if (database.settle()) {
                LOG.infof("the loaded demo tables vacuumed and analysed in %d ms", (System.nanoTime() - settling) / 1_000_000);
            }
        } catch (SQLException e) {
            // the data is in place; only its reads are slower until autovacuum has been by
            LOG.warnf("the loaded demo tables were not vacuumed (autovacuum will): %s", e.getMessage());
        }
    }
}
