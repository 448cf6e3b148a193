package cn.lvzhi.evaluation.files;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;

/** An evidence file (佐证材料) as lists show it: name, type and size, never its content (GET /api/evaluation/files/{id}). */
@Type("EvaluationFile")
public record EvaluationFileInfo(@NonNull @Id Long id, @NonNull @Id Long ownerUnitId, @NonNull String fileName,
                                 @NonNull String contentType, @NonNull int sizeBytes, @NonNull OffsetDateTime uploadedAt) {
}
