package cn.lvzhi.evaluation.schemes.inputs;

import cn.lvzhi.common.validation.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** The whole of a draft scheme, replacing what was saved (optimistic: the version read). */
@Input("SaveEvaluationSchemeInput")
public class SaveEvaluationSchemeInput {
    @NonNull @Id
    public Long id;
    @NonNull
    public Integer version;
    @NonNull
    @Text(label = "标准名称", max = 200, singleLine = true)
    public String name;
    @Id
    public Long previousSchemeId;
    @NonNull
    @Size(max = 300, message = "指标不能超过 300 项 (⟨field⟩: at most 300 indicators)")
    public List<@NonNull @Valid IndicatorInput> indicators;
}
