package cn.lvzhi.evaluation.peer.inputs;

import cn.lvzhi.common.validation.Text;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;

/** A rater unit rates one of its assigned targets (0–100, two decimals at most), with an optional comment. */
@Input("RatePeerInput")
public class RatePeerInput {
    @NonNull @Id public Long roundId;
    @NonNull @Id public Long targetUnitId;
    @NonNull
    @DecimalMin(value = "0", message = "评分不能低于 0 (the score is 0 to 100)")
    @DecimalMax(value = "100", message = "评分不能高于 100 (the score is 0 to 100)")
    @Digits(integer = 3, fraction = 2, message = "评分最多两位小数 (two decimals at most)")
    public BigDecimal score;
    @Text(label = "评价意见", max = 1000, required = false) public String comment;
    @NonNull @Description("The task's version as read") public Integer version;
}
