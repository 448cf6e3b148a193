package cn.lvzhi.evaluation.sanding;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The findings of a round counted (a department's, or the region's): duties, how many recorded, and by verdict. */
@Type("SandingCounts")
public record SandingCounts(@NonNull int duties, @NonNull int recorded, @NonNull int fulfilled,
                            @NonNull @Description("缺位") int absent, @NonNull @Description("越位") int overstep,
                            @NonNull @Description("错位") int misplaced,
                            @NonNull @Description("Duties cancelled (取消) or strengthened (加强), which have a follow-up") int followedUp) {
    static final SandingCounts NONE = new SandingCounts(0, 0, 0, 0, 0, 0, 0);

    SandingCounts plus(SandingCounts o) {
        return new SandingCounts(duties + o.duties, recorded + o.recorded, fulfilled + o.fulfilled, absent + o.absent,
                overstep + o.overstep, misplaced + o.misplaced, followedUp + o.followedUp);
    }
}
