package cn.lvzhi.evaluation.surveys.inputs;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A questionnaire at the version read (结束问卷; 共享结果 with {@code shared}). */
@Input("QuestionnaireVersionInput")
public class QuestionnaireVersionInput {
    @NonNull @Id public Long id;
    @NonNull public Integer version;
    @Description("shareQuestionnaireResults: whether the assessed units may read their own results")
    public Boolean shared;
}
