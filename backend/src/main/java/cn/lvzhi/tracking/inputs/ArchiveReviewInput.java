package cn.lvzhi.tracking.inputs;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Archive the review of one matter of a round (归档). */
@Input("ArchiveReviewInput")
public class ArchiveReviewInput {
    @NonNull @Id public Long roundId;
    @NonNull @Id public Long matterId;
}
