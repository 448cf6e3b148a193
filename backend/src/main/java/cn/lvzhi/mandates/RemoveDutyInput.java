package cn.lvzhi.mandates;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A duty entered by mistake, to delete (a duty that ceased is kept with change status CANCELLED instead). */
@Input("RemoveDutyInput")
public class RemoveDutyInput {
    @NonNull
    @Id
    public Long id;
    @NonNull
    public Integer version;
}
