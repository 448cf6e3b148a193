package cn.lvzhi.evaluation.surveys;

/** Where a questionnaire (问卷) stands: designed (草稿), answerable (已发布), closed for answers (已结束). */
public enum QuestionnaireStatus {
    DRAFT, PUBLISHED, CLOSED
}
