package cn.lvzhi.evaluation.ledger.inputs;

import cn.lvzhi.common.validation.Text;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** The responsible unit (or 编办) reports an item rectified, with its evidence: a statement and files. */
@Input("RectifyLedgerItemInput")
public class RectifyLedgerItemInput {
    @NonNull @Id public Long id;
    @NonNull public Integer version;
    @NonNull @Text(label = "整改情况", max = 4000) public String evidence;
    @Description("Evidence files (佐证材料) the rectifier's unit uploaded")
    @Size(max = 10, message = "佐证材料最多 10 个文件 (⟨field⟩: at most 10 files)")
    @Id public List<@NonNull Long> fileIds;
}
