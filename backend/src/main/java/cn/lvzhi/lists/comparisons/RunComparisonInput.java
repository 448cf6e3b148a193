package cn.lvzhi.lists.comparisons;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Which county department to compare with which city department. */
@Input("RunComparisonInput")
public class RunComparisonInput {
    @NonNull
    @Id
    public Long subjectUnitId;
    @NonNull
    @Id
    public Long referenceUnitId;
}
