package cn.lvzhi.evaluation.fieldwork;

import cn.lvzhi.common.PageInfo;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** A page of inquiry letters (函调函), newest first. */
@Type("FieldworkInquiryLetterConnection")
public record InquiryLetterConnection(@NonNull List<@NonNull InquiryLetterEdge> edges, @NonNull PageInfo pageInfo,
                                      @NonNull int totalCount) {

    @Type("FieldworkInquiryLetterEdge")
    public record InquiryLetterEdge(@NonNull String cursor, @NonNull InquiryLetter node) {
    }
}
