package cn.lvzhi.tracking;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of applying for an establishment matter. */
@Type("ApplyForEstablishmentPayload")
public record ApplyForEstablishmentPayload(@NonNull EstablishmentApplication application) {
}
