package cn.lvzhi.mandates;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The mandates' exported read for other features (a port): a unit's approved posts (核定编制数) — administrative,
 * institutional and service-worker posts together — as staffing needs them to suggest how many posts move with an
 * item (编随事转). The staffing records themselves and their history stay inside the mandates.
 */
@ApplicationScoped
public class ApprovedPosts {
    private final MandateReads mandates;

    public ApprovedPosts(MandateReads mandates) {
        this.mandates = mandates;
    }

    /** The approved posts of each unit that has a staffing record, by unit; units without one are left out. */
    public Uni<Map<Long, Integer>> of(Collection<Long> unitIds) {
        return mandates.staffing(unitIds).map(byUnit -> {
            Map<Long, Integer> posts = new HashMap<>();
            byUnit.forEach((unitId, s) -> posts.put(unitId, s.administrativePosts + s.institutionalPosts + s.serviceWorkerPosts));
            return posts;
        });
    }
}
