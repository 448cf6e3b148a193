package cn.lvzhi.evaluation.surveys;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;

/**
 * 答卷: one answer sheet of a questionnaire, about one assessed unit. A named sheet names the answering unit or office;
 * an anonymous one names nobody and keeps only the day it was given. Only named sheets are ever read one by one, by
 * their own unit; anonymous ones only in aggregate.
 */
@Entity
@Table(name = "evaluation_questionnaire_response")
public class QuestionnaireResponse extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @Column(name = "questionnaire_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long questionnaireId;

    @Column(name = "target_unit_id")
    @org.eclipse.microprofile.graphql.Id
    @Description("The assessed unit this sheet rates")
    public Long targetUnitId;

    @Column(name = "respondent_unit_id")
    @Ignore
    public Long respondentUnitId;

    @Column(name = "answered_on")
    @NonNull
    @Description("The day it was given (no finer time is kept)")
    public LocalDate answeredOn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Ignore
    public AnswerSet answers;
}
