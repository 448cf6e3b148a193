package cn.lvzhi.tracking;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of creating or updating an establishment matter. */
@Type("EstablishmentMatterPayload")
public record EstablishmentMatterPayload(@NonNull EstablishmentMatter matter) {
}
