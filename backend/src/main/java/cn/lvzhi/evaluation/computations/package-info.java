/**
 * 平台数据计算 (computed indicators): the named computations a COMPUTED indicator of a scheme may use, the computing of a
 * round's figures ({@link cn.lvzhi.evaluation.computations.RoundFigures}, mutation {@code computeEvaluationFigures})
 * and the rows behind each figure (query {@code evaluationEvidence}, visible by
 * {@link cn.lvzhi.evaluation.computations.EvidencePolicy}).
 *
 * <h2>Common rules</h2>
 * <ul>
 *   <li>The period is the round's, in whole Beijing days, both ends inclusive ({@code EvaluationPeriod}): a row counts
 *       when its date (named per computation) is from the first instant of the first day to before the first instant
 *       of the day after the last.</li>
 *   <li>Each computation runs once for all the units it is asked about, in one or two SQL statements (never per unit).</li>
 *   <li>A RATE is numerator ÷ denominator to four decimals; with nothing in the denominator it is <em>not
 *       applicable</em> (the score row is not_applicable, never 0). A COUNT of nothing is a real 0.</li>
 *   <li>Every figure keeps its evidence rows: kind, id, readable code, label, counted (in the numerator; for a count,
 *       each row is one counted occurrence), a note (e.g. 超期 3 天) and a time.</li>
 *   <li>"Late" on a dispatch is the cases' own rule ({@code cases.HandlingRecordsReads}): a clock is broken when the
 *       step was done after its deadline, or is still not done once the deadline has passed at the time of computing;
 *       a refused dispatch has no clock. The claim catalogue is the lists' ({@code lists.claims.CatalogueClaimsReads});
 *       a follow-up result is normalised by follow-up itself ({@code tracking.TrackingResultsReads}); a boundary
 *       item's parties are the lists' {@code ItemParties}.</li>
 * </ul>
 *
 * <h2>The computations</h2>
 * <table>
 *   <caption>name, figure, parameters, what is counted, rows</caption>
 *   <tr><th>name</th><th>figure</th><th>parameters</th><th>meaning</th><th>rows</th></tr>
 *   <tr><td>CASE_SATISFACTION_RATE</td><td>RATE</td><td>countBasicallySatisfied BOOLEAN = true</td>
 *       <td>事件办理满意率: ratings received as the rated handler, rated in the period; satisfied (and basically
 *       satisfied when the parameter is true) ÷ all; the level after an appeal counts</td>
 *       <td>RATING per rating, code = case code, note = level (and the appeal's revision)</td></tr>
 *   <tr><td>CASE_ON_TIME_RATE</td><td>RATE</td><td>—</td>
 *       <td>事件办理按时率: dispatches sent to the unit in the period (lead or co-operator) replied by the handling
 *       deadline ÷ those replied or past the deadline; refused and still-running ones left out</td>
 *       <td>DISPATCH per dispatch, code = case code, note 按时办结反馈 / 超期 n 天…</td></tr>
 *   <tr><td>REMINDERS_RECEIVED</td><td>COUNT</td><td>—</td>
 *       <td>被催办次数: reminders made in the period on dispatches sent to the unit</td>
 *       <td>REMINDER per reminder, code = case code, note = who and the message</td></tr>
 *   <tr><td>OVERDUE_SIGN_FORS</td><td>COUNT</td><td>—</td>
 *       <td>超期签收次数: dispatches sent in the period signed after the sign-for deadline or still unsigned past it;
 *       refusals not counted</td><td>DISPATCH per late dispatch, note 超期 n 天签收 / …尚未签收</td></tr>
 *   <tr><td>OVERDUE_REPLIES</td><td>COUNT</td><td>—</td>
 *       <td>超期反馈次数: dispatches sent in the period replied after the handling deadline or unanswered past it;
 *       refusals not counted</td><td>DISPATCH per late dispatch, note 超期 n 天办结反馈 / …尚未办结反馈</td></tr>
 *   <tr><td>REFUSALS_OVERRULED</td><td>COUNT</td><td>—</td>
 *       <td>退单被裁定次数: dispatches refused in the period whose case had a dispute resolved after the refusal naming
 *       the unit as lead or co-operator</td><td>DISPATCH per refusal, note = reason and the dispute's code</td></tr>
 *   <tr><td>BOUNDARY_ITEM_ON_TIME_RATE</td><td>RATE</td><td>—</td>
 *       <td>职责边界事项履职按时率: CASE_ON_TIME_RATE over dispatches of cases filed under a boundary item naming the
 *       unit as lead or co-operator</td><td>DISPATCH per dispatch</td></tr>
 *   <tr><td>LIST_CLAIM_RATE</td><td>RATE</td><td>—</td>
 *       <td>清单认领率: catalogue entries (the upper department's published 处罚/检查/强制/其他 items, by catalogue code)
 *       claimed now and before the period's end ÷ all entries; no catalogue, not applicable</td>
 *       <td>LIST_ITEM per entry, code = catalogue code, note 已认领 / 未认领：reason</td></tr>
 *   <tr><td>INSPECTION_COVERAGE</td><td>RATE</td><td>—</td>
 *       <td>行政检查覆盖率: the unit's published 行政检查 items with an inspection dated in the period ÷ all of them</td>
 *       <td>LIST_ITEM per item, note = inspections and objects in the period</td></tr>
 *   <tr><td>GOAL_COMPLETION_RATE</td><td>RATE</td><td>partlyCounts DECIMAL = 0.5 (0..1)</td>
 *       <td>年度履职目标完成率: milestones of published goals due in the period, each by its latest verification
 *       (YES 1, PARTLY partlyCounts, NO or none 0), summed ÷ their number</td>
 *       <td>MILESTONE per milestone, code G{year}-{ordinal}-Q{quarter}, note = verification</td></tr>
 *   <tr><td>TRACKING_RESULT</td><td>RATE</td><td>—</td>
 *       <td>跟踪问效结果: the unit's matters fully scored (last score) in the period: Σ normalised results ÷ (100 × n)</td>
 *       <td>TRACKING_REVIEW per round matter, code = document number, note 问效得分 n</td></tr>
 *   <tr><td>LATE_SUBMISSIONS</td><td>COUNT</td><td>—</td>
 *       <td>评估材料逾期报送次数: the unit's submissions (any round) due in the period submitted after the on-time deadline
 *       or still missing past it</td><td>SUBMISSION per late submission, code = form, note 超期 n 天报送 / …尚未报送</td></tr>
 * </table>
 *
 * <h2>Computing a round</h2>
 * For every COMPUTED leaf of the round's scheme, the computation runs once over the round's units whose category the
 * leaf applies to; each (unit, leaf) score row is upserted (figure, numerator, denominator, figure_source COMPUTED,
 * computed_at, not_applicable) and its evidence rows replaced, in one transaction holding the round's row. Refused
 * (CONFLICT) once the round is PUBLISHED. A figure that becomes "nothing to count" clears the first and final marks
 * given on it (a not-applicable score carries no points). Audited as EVALUATION_FIGURES_COMPUTED.
 */
package cn.lvzhi.evaluation.computations;
