package cn.lvzhi.tracking;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of archiving a review: the archive entry. */
@Type("ArchiveReviewPayload")
public record ArchiveReviewPayload(@NonNull ArchiveEntry entry) {
}
