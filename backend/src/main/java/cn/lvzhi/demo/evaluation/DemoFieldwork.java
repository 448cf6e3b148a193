package cn.lvzhi.demo.evaluation;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * The demo's evaluation fieldwork (演示评估实地工作), loaded after the rounds it belongs to, in the order its parts need:
 * the 双随机 draw first (五个一 is kept for the units it drew), then the “1+3” forms, peer ratings and questionnaires,
 * 五个一 and the 三定 findings, whose problems open ledger items as they are raised; the ledger's own items last.
 */
@ApplicationScoped
public class DemoFieldwork {
    private final DemoFieldworkDrawsLoader draws;
    private final DemoFieldworkFormsLoader forms;
    private final DemoFieldworkPeerLoader peer;
    private final DemoFieldworkSurveysLoader surveys;
    private final DemoFieldworkFiveOnesLoader fiveOnes;
    private final DemoFieldworkSandingLoader sanding;
    private final DemoFieldworkLedgerLoader ledger;

    public DemoFieldwork(DemoFieldworkDrawsLoader draws, DemoFieldworkFormsLoader forms, DemoFieldworkPeerLoader peer,
                         DemoFieldworkSurveysLoader surveys, DemoFieldworkFiveOnesLoader fiveOnes,
                         DemoFieldworkSandingLoader sanding, DemoFieldworkLedgerLoader ledger) {
        this.draws = draws;
        this.forms = forms;
        this.peer = peer;
        this.surveys = surveys;
        this.fiveOnes = fiveOnes;
        this.sanding = sanding;
        this.ledger = ledger;
    }

    public void load(OffsetDateTime now) throws SQLException, IOException {
        draws.load(now);    // last year's draw of four departments (生态环境局 among them), this year's frozen one
        forms.load(now);    // “1+3” forms: accepted last year, in progress this year
        peer.load(now);     // the peer matrices and ratings of both rounds
        surveys.load(now);  // the 社会各界 questionnaires: closed last year, answered live this year
        fiveOnes.load(now); // 五个一 of the units drawn last year
        sanding.load(now);  // 三定 findings of last year's round
        ledger.load(now);   // the ledger's own items, in every state, beside those the findings above opened
    }
}
