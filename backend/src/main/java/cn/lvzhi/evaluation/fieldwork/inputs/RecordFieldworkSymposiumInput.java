package cn.lvzhi.evaluation.fieldwork.inputs;

import cn.lvzhi.common.validation.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;
import java.util.List;

/** 编办 records (or corrects) the symposium held with a drawn unit. */
@Input("RecordFieldworkSymposiumInput")
public class RecordFieldworkSymposiumInput {
    @NonNull @Id public Long roundId;
    @NonNull @Id public Long unitId;
    @Description("The record's current version; absent when recording it first")
    public Integer version;
    @NonNull public LocalDate heldOn;
    @NonNull @Text(label = "座谈地点", max = 200, singleLine = true) public String place;
    @NonNull @Size(min = 1, max = 100, message = "参会人员须为 1 至 100 人 (1 to 100 attendees)")
    public List<@NonNull @Valid AttendeeInput> attendees;
    @NonNull @Size(max = 50, message = "最多 50 个问题 (at most 50 points)")
    public List<@NonNull @Valid PointInput> points;
    @NonNull @Size(max = 50, message = "最多 50 次个别谈话 (at most 50 talks)")
    public List<@NonNull @Valid TalkInput> talks;

    /** 参会人员. */
    @Input("FieldworkAttendeeInput")
    public static class AttendeeInput {
        @NonNull @Text(label = "姓名", max = 50, singleLine = true) public String name;
        @NonNull @Text(label = "职务", max = 100, singleLine = true) public String position;
    }

    /** A point raised; {@code raiseProblem} raises it for the ledger (once: a point already raised keeps its problem). */
    @Input("FieldworkPointInput")
    public static class PointInput {
        @NonNull @Text(label = "反映问题", max = 2000) public String text;
        public Boolean raiseProblem;
    }

    /** 个别谈话. */
    @Input("FieldworkTalkInput")
    public static class TalkInput {
        @NonNull @Text(label = "谈话对象", max = 50, singleLine = true) public String person;
        @NonNull @Text(label = "职务", max = 100, singleLine = true) public String position;
        @NonNull @Text(label = "谈话要点", max = 4000) public String summary;
    }
}
