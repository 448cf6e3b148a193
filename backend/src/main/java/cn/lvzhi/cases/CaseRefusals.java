package cn.lvzhi.cases;

/**
 * What the case rules answer when they refuse, in one place: NOT_FOUND (the same for a missing row and one the
 * caller may not see, so a refusal tells nothing about rows outside the caller's view) and the FORBIDDEN reasons
 * of {@link CasePolicy}, {@link DispatchPolicy}, {@link RatingPolicy} and {@link AppealPolicy}. State rules (a
 * CONFLICT naming the current state) stay beside the rule that gives them.
 */
public final class CaseRefusals {
    // ---- NOT_FOUND
    public static final String CASE_NOT_FOUND = "事件不存在 (case not found)";
    public static final String DISPATCH_NOT_FOUND = "派单不存在 (dispatch not found)";
    public static final String RATING_NOT_FOUND = "评价不存在 (rating not found)";
    public static final String APPEAL_NOT_FOUND = "申诉不存在 (appeal not found)";
    public static final String PHOTO_NOT_FOUND = "照片不存在 (photo not found)";

    // ---- FORBIDDEN: reporting, commanding, handling, reminding (CasePolicy)
    static final String REPORT_REFUSED = "只有网格员、部门、镇街、指挥中心和对接系统可以上报事件"
            + " (only grid workers, departments, townships, command centres and integrated systems report cases)";
    static final String NOT_COMMANDING = "只有事件所在辖区的指挥中心可以办理此操作"
            + " (only the command centre of the case's area does this)";
    static final String CANCEL_REFUSED = "只有上报人或事件所在辖区的指挥中心可以撤销事件"
            + " (only the reporter or the command centre of the area cancels a case)";
    static final String NOT_HANDLER = "只有接收派单的单位（派往科室的，为该科室人员）可以签收、退单或反馈"
            + " (only the receiving unit handles a dispatch; a hop to an office, that office's staff)";
    static final String REMIND_REFUSED = "只有派单单位或指挥中心可以催办 (only the dispatching unit or a command centre reminds)";

    // ---- FORBIDDEN: dispatching (DispatchPolicy)
    static final String NO_DISPATCH_RIGHT = "只有指挥中心、部门和镇街可以派单 (only command centres, departments and townships dispatch)";
    static final String NOT_COMMANDING_DISPATCH = "只有事件所在辖区的指挥中心可以派单；其他单位须基于收到的派单转派"
            + " (only the command centre of the case's area dispatches it; others pass on a dispatch they received)";
    static final String NOT_RECEIVER = "只有收到该派单的单位可以转派 (only the unit that received the dispatch passes it on)";
    static final String TO_SELF = "不能派给本单位 (a unit does not dispatch to itself)";
    static final String ROOM_TARGET = "乡镇指挥室只能派往本镇街的单位或区综合信息指挥中心"
            + " (a township command room dispatches within its township or to the district command centre)";
    static final String CENTRE_TARGET = "区指挥中心只能派往本区的部门、镇街及其科室"
            + " (the district command centre dispatches to departments and townships of its district)";
    static final String ONWARD_TARGET = "只能转派给本单位科室或本区的协同部门、镇街"
            + " (pass a dispatch on to your own offices or to co-operating departments and townships of the region)";

    // ---- FORBIDDEN: rating and appeals (RatingPolicy, AppealPolicy)
    static final String HANDLER_SELF = "处置单位不能评价本单位办理的派单（谁派单、谁评价）"
            + " (a handler never rates its own dispatch)";
    static final String NOT_DISPATCHER = "只有派单单位可以评价该派单（谁派单、谁评价）"
            + " (only the dispatching unit rates this dispatch)";
    static final String NOT_RATED_UNIT = "只有被评价单位可以申诉 (only the rated unit appeals a rating)";
    static final String NOT_CENTRE = "申诉由区综合信息指挥中心或评价单位的上级单位调查处理"
            + " (the district command centre or a unit above the rater decides appeals)";
    static final String RATER_DECIDES = "评价单位不能处理针对本单位评价的申诉，须由区综合信息指挥中心或其上级单位处理"
            + " (the rater never decides an appeal of its own rating)";
    static final String APPELLANT_DECIDES = "申诉单位不能处理本单位的申诉 (the appellant never decides its own appeal)";

    private CaseRefusals() {
    }
}
