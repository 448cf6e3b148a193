package cn.lvzhi.lists.sheets;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A problem found in an import sheet (导入错误): the row as Excel numbers it, the column's header, the reason. */
@Type("ImportError")
@Description("A problem in one cell of an import sheet; column is null when it concerns the whole row or file")
public record ImportError(@NonNull int row, String column, @NonNull String reason) {
}
