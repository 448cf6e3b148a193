package cn.lvzhi.staffing;

import cn.lvzhi.org.Unit;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.math.BigDecimal;
import java.util.List;

/** The inputs and results of staffing from workload (编制测算). */
public final class StaffingTypes {
    private StaffingTypes() {
    }

    @Input("WorkloadRowInput")
    public static class WorkloadRow {
        @NonNull @Id public Long itemId;
        @NonNull @Id @Description("The internal office (科室) that handles the item") public Long officeUnitId;
        @NonNull public Integer received;
        @NonNull public Integer completed;
    }

    @Input("RecordWorkloadInput")
    public static class RecordWorkload {
        @NonNull public Integer year;
        @NonNull public List<@NonNull WorkloadRow> rows;
    }

    @Type("RecordWorkloadPayload")
    public record RecordWorkloadPayload(@NonNull int recorded) {
    }

    @Type("OfficeWorkload")
    public record OfficeWorkload(@NonNull Unit office, @NonNull Unit department, @NonNull int items, @NonNull long received,
                                 @NonNull long completed,
                                 @NonNull @Description("The office's share of its department's completed cases (0..1)") BigDecimal shareOfDepartment) {
    }

    @Type("DepartmentWorkload")
    public record DepartmentWorkload(@NonNull Unit department, @NonNull int offices, @NonNull long received,
                                     @NonNull long completed) {
    }

    @Type("WorkloadSummary")
    public record WorkloadSummary(@NonNull int year,
                                  @NonNull @Description("Per office, busiest first (横向对比)") List<@NonNull OfficeWorkload> offices,
                                  @NonNull List<@NonNull DepartmentWorkload> departments) {
    }

    @Input("SuggestPostsInput")
    public static class SuggestPosts {
        @NonNull @Id public Long itemId;
        @NonNull @Id @Description("The unit the item moves to") public Long toUnitId;
        @NonNull public Integer year;
        @Description("The office's approved posts; when absent, its recorded staffing") public Integer officePosts;
    }

    @Type("PostSuggestion")
    public record PostSuggestionResult(@NonNull @Id Long itemId, @NonNull String itemName, @NonNull Unit office,
                                       @NonNull Unit toUnit, @NonNull long itemCompleted, @NonNull long officeCompleted,
                                       @NonNull int officePosts, @NonNull BigDecimal share, @NonNull BigDecimal exactPosts,
                                       @NonNull @Description("Posts to move: share × posts, nearest whole post, halves up") int posts) {
    }
}
