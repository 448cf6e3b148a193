package cn.lvzhi.evaluation.ledger.inputs;

import cn.lvzhi.common.validation.Text;
import cn.lvzhi.evaluation.ledger.LedgerRating;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** 编办 verifies a rectification (核验), rating its effectiveness; INEFFECTIVE (无效) returns the item to OPEN. */
@Input("VerifyLedgerItemInput")
public class VerifyLedgerItemInput {
    @NonNull @Id public Long id;
    @NonNull public Integer version;
    @NonNull @Description("EFFECTIVE 有效, MOSTLY 基本有效, INEFFECTIVE 无效") public LedgerRating rating;
    @Text(label = "核验意见", max = 2000, required = false) public String note;
}
