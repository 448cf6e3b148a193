package cn.lvzhi.tracking.inputs;

import cn.lvzhi.common.validation.Text;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;

/** Require a unit to rectify (整改) a matter by a deadline. */
@Input("RequireRectificationInput")
public class RequireRectificationInput {
    @NonNull @Id public Long roundId;
    @NonNull @Id public Long matterId;
    @NonNull @Text(label = "整改要求", max = 2000) public String requirement;
    @NonNull public LocalDate deadline;
}
