package cn.lvzhi.evaluation.surveys;

import cn.lvzhi.common.CallerBudgets;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * The rate limit of the anonymous link (匿名问卷): each network address may send at most {@code budget} requests per
 * link within {@code window} (two at a time). The address is held in memory only while it has budget to refill, and
 * never stored with an answer or logged; it only keeps one sender from flooding a questionnaire.
 */
@ApplicationScoped
public class PublicAnswerLimits {
    private final CallerBudgets budgets;

    public PublicAnswerLimits(@ConfigProperty(name = "lvzhi.surveys.public.budget", defaultValue = "30") int budget,
                              @ConfigProperty(name = "lvzhi.surveys.public.window", defaultValue = "PT10M") Duration window) {
        this.budgets = new CallerBudgets(2, budget, window, window, System::nanoTime);
    }

    /** A permit for one request of this address to this link; {@link CallerBudgets.Refused} when over the limit. */
    public CallerBudgets.Permit admit(String address, String token) {
        return budgets.admit(address + "|" + token, 1);
    }
}
