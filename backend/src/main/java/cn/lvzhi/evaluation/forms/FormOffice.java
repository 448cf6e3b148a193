package cn.lvzhi.evaluation.forms;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** An internal office (内设机构) of the unit with its published duty tasks, what a 调整建议 may name. */
@Type("EvaluationFormOffice")
public record FormOffice(@NonNull @Id long id, @NonNull String name, @NonNull List<@NonNull Duty> duties) {

    /** A published duty task (职责任务) of the office. */
    @Type("EvaluationFormOfficeDuty")
    public record Duty(@NonNull @Id long itemId, @NonNull String code, @NonNull String name, @NonNull int version) {
    }
}
