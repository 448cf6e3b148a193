package cn.lvzhi.tracking;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import java.time.LocalDate;

/** Narrows the establishment matters listed. */
@Input("EstablishmentMatterFilter")
public class MatterFilter {
    public MatterKind kind;
    @Id
    public Long unitId;
    public LocalDate approvedFrom;
    public LocalDate approvedTo;
}
