package cn.lvzhi.mandates;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The numbers of a staffing (编制数): approved posts by type, leader posts and the actual headcount. */
@Type("StaffingFigures")
public record StaffingFigures(@NonNull int administrativePosts, @NonNull int institutionalPosts,
                              @NonNull int serviceWorkerPosts, @NonNull int leaderPosts, @NonNull int actualHeadcount) {
}
