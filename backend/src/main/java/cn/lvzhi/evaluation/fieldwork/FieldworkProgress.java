package cn.lvzhi.evaluation.fieldwork;

import cn.lvzhi.org.Unit;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * One drawn unit's progress on 五个一 in a round (the overview of /evaluation/fieldwork): the report's state (null: not
 * written), the letters the caller reads — sent, replied, overdue — and whether the symposium is recorded. The
 * questionnaire and the ledger are their own pages'.
 */
@Type("FieldworkProgress")
public record FieldworkProgress(@NonNull Unit unit, ReportStatus reportStatus, @NonNull int lettersSent,
                                @NonNull int lettersReplied, @NonNull int lettersOverdue, @NonNull boolean symposiumRecorded) {
}
