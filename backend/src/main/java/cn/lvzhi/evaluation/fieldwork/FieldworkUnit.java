package cn.lvzhi.evaluation.fieldwork;

import cn.lvzhi.org.Unit;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/**
 * 五个一 of one drawn unit in a round, as the caller sees it: the report, the letters it reads, the symposium record,
 * and what the caller may do (编办 records; the drawn unit writes its report).
 */
@Type("FieldworkUnit")
public record FieldworkUnit(@NonNull @Id Long roundId, @NonNull String roundName, @NonNull Unit unit,
                            FieldworkReport report, @NonNull List<@NonNull InquiryLetter> letters, Symposium symposium,
                            @NonNull @Description("编办 of the region: reviews, writes letters, records the symposium") boolean canRecord,
                            @NonNull @Description("The drawn unit itself: writes and submits its report") boolean canWriteReport) {
}
