package cn.lvzhi.cases.basis;

import cn.lvzhi.cases.CaseStatus;
import cn.lvzhi.lists.PowerType;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The legal-basis reports (办理依据报表) of a period, by department: the powers never exercised (权责事项 named by
 * no hop of the department), the items generating the most cases, and the cases handled with no basis named. A hop
 * counts for the department it was sent to (a 科室's for its department) when sent in the period and not refused.
 */
@Type("BasisReport")
public record BasisReport(@NonNull OffsetDateTime from, @NonNull OffsetDateTime to,
                          @Id @Description("The department reported on; null for every department the caller reads") Long unitId,
                          @NonNull @Description("Cases handled (per department) in the period") int handledCases,
                          @NonNull @Description("Of those, cases whose department named a basis") int namedCases,
                          @Description("namedCases ÷ handledCases; null when none was handled") Double namedRate,
                          @NonNull @Description("未行使的权责事项: published items of the department named by no hop") List<@NonNull ItemCount> unexercised,
                          @NonNull @Description("事项办件排行: items named, most cases first (at most 100)") List<@NonNull ItemCount> topItems,
                          @NonNull int unnamedCaseCount,
                          @NonNull @Description("未填依据的案件, newest first (at most 200; the download holds all)") List<@NonNull UnnamedCase> unnamedCases) {

    /** A power item of a department with the cases and hops that named it in the period. */
    @Type("BasisItemCount")
    public record ItemCount(@Id @NonNull Long itemId, @NonNull String itemCode, @NonNull String itemName, PowerType powerType,
                            @Id @NonNull Long departmentId, @NonNull String departmentName, @NonNull int cases,
                            @NonNull int dispatches) {
    }

    /** A case a department handled in the period without naming a basis on any of its hops. */
    @Type("UnnamedBasisCase")
    public record UnnamedCase(@Id @NonNull Long caseId, @NonNull String code, @NonNull String title, @NonNull CaseStatus status,
                              @NonNull OffsetDateTime reportedAt, @Id @NonNull Long departmentId, @NonNull String departmentName) {
    }
}
