/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcceptCaseInput = {
  caseId: string;
  note?: string | null | undefined;
};

export type ActivateEvaluationSchemeInput = {
  id: string;
  version: number;
};

export type AddLedgerActionInput = {
  description: string;
  id: string;
  version: number;
};

export type AddPeerConflictInput = {
  reason: string;
  roundId: string;
  unitAId: string;
  unitBId: string;
  /** Applies to every round of the region (default: this round only) */
  wholeRegion?: boolean | null | undefined;
};

export type AdvanceEvaluationRoundInput = {
  /** Required when entering REPLY: units may reply until then (ISO-8601) */
  replyClosesAt?: string | null | undefined;
  roundId: string;
  /** The stage entered: must be the one right after the current */
  stage: EvaluationStage;
  version: number;
};

export type AdvanceRoundStepInput = {
  /** The date of the step; today when absent (ISO-8601) */
  doneOn?: string | null | undefined;
  note?: string | null | undefined;
  roundId: string;
  /** The step entered: must be the one right after the current */
  step: TrackingStep;
  version: number;
};

export type AnswerQuestionnaireInput = {
  answers: Array<QuestionnaireAnswerInput>;
  questionnaireId: string;
  /** The assessed unit rated; required when the questionnaire assesses units */
  targetUnitId?: string | null | undefined;
};

export type AppealRatingInput = {
  ratingId: string;
  reason: string;
};

export const AppealStatus = {
  PENDING: 'PENDING',
  REVISED: 'REVISED',
  UPHELD: 'UPHELD'
} as const;

export type AppealStatus = typeof AppealStatus[keyof typeof AppealStatus];
export type ApplyForEstablishmentInput = {
  kind: MatterKind;
  reason: string;
  title: string;
  unitId: string;
};

export type ArchiveReviewInput = {
  matterId: string;
  roundId: string;
};

export type BasisReportInput = {
  /** Hops sent at or after this time (ISO-8601) */
  from: string;
  /** Hops sent before this time (ISO-8601) */
  to: string;
  /** The department; absent for every department the caller reads (a department: its own) */
  unitId?: string | null | undefined;
};

export type BoundaryInput = {
  batch: number;
  collaborationSteps?: Array<string | null | undefined> | null | undefined;
  cooperating?: Array<PartyInput | null | undefined> | null | undefined;
  leadResponsibility?: string | null | undefined;
  legalBasis?: string | null | undefined;
  originDisputeCode?: string | null | undefined;
  responsibleOffices?: Array<string | null | undefined> | null | undefined;
  scope?: BoundaryScope | null | undefined;
};

export type BoundaryPerformanceRowInput = {
  listItemId: string;
  performance?: string | null | undefined;
  problems?: string | null | undefined;
};

export const BoundaryRole = {
  COOPERATING: 'COOPERATING',
  LEAD: 'LEAD'
} as const;

export type BoundaryRole = typeof BoundaryRole[keyof typeof BoundaryRole];
export const BoundaryScope = {
  COUNTY_TOWNSHIP: 'COUNTY_TOWNSHIP',
  INTER_DEPARTMENT: 'INTER_DEPARTMENT',
  INTER_OFFICE: 'INTER_OFFICE'
} as const;

export type BoundaryScope = typeof BoundaryScope[keyof typeof BoundaryScope];
export type CancelCaseInput = {
  caseId: string;
  reason: string;
};

export type CancelEvaluationDrawInput = {
  drawId: string;
  reason: string;
  version: number;
};

export type CaseBasisInput = {
  /** A published power item (权责事项) of the hop's handling department (for a 科室, its department) */
  powerItemId: string;
  /** One of the item's supervision duties (监管责任), exactly as the item words it */
  supervisionDuty?: string | null | undefined;
};

export const CaseEventKind = {
  ACCEPTED: 'ACCEPTED',
  APPEALED: 'APPEALED',
  APPEAL_DECIDED: 'APPEAL_DECIDED',
  CANCELLED: 'CANCELLED',
  CLOSED: 'CLOSED',
  COMPLETED: 'COMPLETED',
  DEADLINE_WARNED: 'DEADLINE_WARNED',
  DISPATCHED: 'DISPATCHED',
  DISPUTED: 'DISPUTED',
  ESCALATED: 'ESCALATED',
  HOP_CLOSED: 'HOP_CLOSED',
  OVERDUE: 'OVERDUE',
  RATED: 'RATED',
  REFUSED: 'REFUSED',
  REMINDED: 'REMINDED',
  REOPENED: 'REOPENED',
  REPLIED: 'REPLIED',
  REPORTED: 'REPORTED',
  REVISITED: 'REVISITED',
  SIGNED: 'SIGNED'
} as const;

export type CaseEventKind = typeof CaseEventKind[keyof typeof CaseEventKind];
export type CaseFilter = {
  /** The township (or any unit) the case lies in, with everything below it */
  areaUnitId?: string | null | undefined;
  /** Substring of the code, title or address */
  keyword?: string | null | undefined;
  /** The originating unit (发起单位) */
  originUnitId?: string | null | undefined;
  /** Only the cases the caller reported itself (我的上报), whatever else it may see */
  reportedByMe?: boolean | null | undefined;
  /** Reported at or after (ISO-8601) */
  reportedFrom?: string | null | undefined;
  /** Reported before (ISO-8601) */
  reportedTo?: string | null | undefined;
  source?: CaseSource | null | undefined;
  statuses?: Array<CaseStatus> | null | undefined;
};

export const CasePriority = {
  HIGH: 'HIGH',
  LOW: 'LOW',
  NORMAL: 'NORMAL',
  URGENT: 'URGENT'
} as const;

export type CasePriority = typeof CasePriority[keyof typeof CasePriority];
export const CaseSource = {
  GRID_WORKER: 'GRID_WORKER',
  HOTLINE_12345: 'HOTLINE_12345',
  OTHER_SYSTEM: 'OTHER_SYSTEM',
  UNIT: 'UNIT'
} as const;

export type CaseSource = typeof CaseSource[keyof typeof CaseSource];
export type CaseStatisticsInput = {
  /** Only cases lying in this unit (a township, say) or below it */
  areaUnitId?: string | null | undefined;
  /** Cases reported at or after this time (ISO-8601) */
  from: string;
  groupBy: StatisticsGroupBy;
  /** The fewest ratings a group needs to be ranked (1..1000, default 5) */
  minSample?: number | null | undefined;
  /** Cases reported before this time (ISO-8601) */
  to: string;
};

export const CaseStatus = {
  ACCEPTED: 'ACCEPTED',
  CANCELLED: 'CANCELLED',
  CLOSED: 'CLOSED',
  COMPLETED: 'COMPLETED',
  DISPATCHED: 'DISPATCHED',
  DISPUTED: 'DISPUTED',
  IN_PROGRESS: 'IN_PROGRESS',
  REPORTED: 'REPORTED'
} as const;

export type CaseStatus = typeof CaseStatus[keyof typeof CaseStatus];
export type ChangeEvaluationDeadlineInput = {
  /** ISO-8601 */
  dueAt: string;
  /** ISO-8601 */
  locksAt: string;
  reason: string;
  submissionId: string;
  version: number;
};

export type ChangeEvaluationRoundUnitsInput = {
  addUnitIds?: Array<string> | null | undefined;
  reason: string;
  removeUnitIds?: Array<string> | null | undefined;
  roundId: string;
};

export type ChangeRoundScopeInput = {
  /** true adds the matter, false drops it */
  include: boolean;
  matterId: string;
  reason: string;
  roundId: string;
};

export type ChangeStaffingInput = {
  /** 实有人数 */
  actualHeadcount: number;
  /** 行政编制 */
  administrativePosts: number;
  /** The approving document (文号), e.g. 清编〔2026〕12号 */
  documentNo: string;
  /** When the document takes effect; today when absent (ISO-8601) */
  effectiveDate?: string | null | undefined;
  /** 事业编制 */
  institutionalPosts: number;
  /** 领导职数 */
  leaderPosts: number;
  reason: string;
  /** 工勤编制 */
  serviceWorkerPosts: number;
  unitId: string;
  /** The version of the current staffing; absent only when the unit has none yet */
  version?: number | null | undefined;
};

export const ChangeStatus = {
  APPROVED: 'APPROVED',
  PENDING: 'PENDING',
  REJECTED: 'REJECTED',
  WITHDRAWN: 'WITHDRAWN'
} as const;

export type ChangeStatus = typeof ChangeStatus[keyof typeof ChangeStatus];
export const ChangeType = {
  ADD: 'ADD',
  CHANGE: 'CHANGE',
  RETIRE: 'RETIRE'
} as const;

export type ChangeType = typeof ChangeType[keyof typeof ChangeType];
export type ClaimCatalogueInput = {
  /** Catalogue codes (通用目录编码), 1..500; claiming a claimed item again changes nothing */
  catalogueCodes: Array<string>;
  unitId: string;
};

export type CloseCaseInput = {
  caseId: string;
  /** A reason for each hop below that is still open or replied and unrated (it is closed unfinished) */
  hopReasons?: Array<HopReasonInput> | null | undefined;
  note?: string | null | undefined;
};

export type CollaborationInput = {
  cooperating?: Array<PartyInput | null | undefined> | null | undefined;
  kind?: CollaborationKind | null | undefined;
  leadResponsibility?: string | null | undefined;
  responsibleOffices?: Array<string | null | undefined> | null | undefined;
  workflow?: Array<string | null | undefined> | null | undefined;
};

export const CollaborationKind = {
  JOINT_SERVICE: 'JOINT_SERVICE',
  JOINT_SUPERVISION: 'JOINT_SUPERVISION'
} as const;

export type CollaborationKind = typeof CollaborationKind[keyof typeof CollaborationKind];
export const ComparisonDifference = {
  EXTRA: 'EXTRA',
  LEVEL_DIFFERS: 'LEVEL_DIFFERS',
  MISSING: 'MISSING',
  NO_POWER_ITEM: 'NO_POWER_ITEM',
  NO_SERVICE_ITEM: 'NO_SERVICE_ITEM',
  TYPE_DIFFERS: 'TYPE_DIFFERS'
} as const;

export type ComparisonDifference = typeof ComparisonDifference[keyof typeof ComparisonDifference];
export const ComparisonKind = {
  CROSS_LEVEL: 'CROSS_LEVEL',
  FUSION: 'FUSION'
} as const;

export type ComparisonKind = typeof ComparisonKind[keyof typeof ComparisonKind];
export type ComputeEvaluationFiguresInput = {
  roundId: string;
};

export type ConcludeInvestigationInput = {
  conclusion: InvestigationConclusion;
  investigationId: string;
  linkedPeople?: Array<string> | null | undefined;
  linkedUnits?: Array<string> | null | undefined;
  text: string;
  /** The version read; a stale one is a CONFLICT */
  version: number;
};

export type CorrectPublishedScoreInput = {
  reason: string;
  score: string;
  scoreId: string;
  version: number;
};

export type CreateEstablishmentMatterInput = {
  /** From 1949-10-01 to today (ISO-8601) */
  approvedOn: string;
  content: string;
  /** 文号, e.g. 清编〔2026〕12号 */
  documentNo: string;
  kind: MatterKind;
  unitId: string;
};

export type CreateEvaluationDrawInput = {
  inspectorsPerUnit: number;
  /** Internal offices drawn inside each drawn unit (k_office) */
  kOffice: number;
  roundId: string;
  /** The strata in the order they are drawn */
  strata: Array<EvaluationDrawStratumInput>;
};

export type CreateEvaluationSchemeInput = {
  indicators: Array<EvaluationIndicatorInput>;
  name: string;
  previousSchemeId?: string | null | undefined;
  year: number;
};

export type CreateQuestionnaireInput = {
  intro?: string | null | undefined;
  questions: Array<QuestionnaireQuestionInput>;
  /** An evaluation round of the region it serves */
  roundId?: string | null | undefined;
  /** Departments or townships of the region it assesses (社会各界评部门: the departments rated) */
  targetUnitIds?: Array<string> | null | undefined;
  title: string;
};

export type DecideAppealInput = {
  appealId: string;
  /** UPHELD or REVISED */
  outcome: AppealStatus;
  reason: string;
  /** REVISED: the new level */
  revisedLevel?: RatingLevel | null | undefined;
};

export type DecideLedgerExtensionInput = {
  approve: boolean;
  extensionId: string;
  note?: string | null | undefined;
  /** The item's version as the caller saw it */
  version: number;
};

export type DecideListChangeInput = {
  /** true approves (and publishes a new version), false rejects */
  approve: boolean;
  changeId: string;
  /** Required when rejecting (驳回理由) */
  reason?: string | null | undefined;
};

export type DispatchCaseInput = {
  /** Passing a dispatch on: the legal basis (办理依据) of the hop passed on, which the caller handles */
  basis?: CaseBasisInput | null | undefined;
  caseId: string;
  /** The case version the dispatcher saw; a stale one is a CONFLICT */
  caseVersion: number;
  /** Idempotency key chosen by the client for this submission; a retry returns the first dispatches, the same key with a different request is IDEMPOTENCY_KEY_REUSED */
  clientKey?: string | null | undefined;
  /** Working days to handle it (办理时限), default 5 */
  handlingDays?: number | null | undefined;
  instructions?: string | null | undefined;
  /** Pass on this dispatch (转派), received and signed for by the caller; absent for a first hop */
  parentDispatchId?: string | null | undefined;
  /** Working days to sign for it (签收时限), default 1 */
  signDays?: number | null | undefined;
  targets: Array<DispatchTargetInput>;
};

export const DispatchRole = {
  CO_OPERATE: 'CO_OPERATE',
  LEAD: 'LEAD'
} as const;

export type DispatchRole = typeof DispatchRole[keyof typeof DispatchRole];
export const DispatchStatus = {
  RATED: 'RATED',
  REFUSED: 'REFUSED',
  REPLIED: 'REPLIED',
  SENT: 'SENT',
  SIGNED: 'SIGNED'
} as const;

export type DispatchStatus = typeof DispatchStatus[keyof typeof DispatchStatus];
export type DispatchTargetInput = {
  role: DispatchRole;
  unitId: string;
};

export type DisputeFilter = {
  rungs?: Array<DisputeRung> | null | undefined;
  statuses?: Array<DisputeStatus> | null | undefined;
};

export type DisputePartyInput = {
  responsibility: string;
  unitId: string;
};

export const DisputeRung = {
  COMMITTEE_DECIDES: 'COMMITTEE_DECIDES',
  LEADER_COORDINATES: 'LEADER_COORDINATES',
  LEAD_CONVENES: 'LEAD_CONVENES',
  NEGOTIATION: 'NEGOTIATION',
  OFFICE_COORDINATES: 'OFFICE_COORDINATES'
} as const;

export type DisputeRung = typeof DisputeRung[keyof typeof DisputeRung];
export const DisputeStatus = {
  OPEN: 'OPEN',
  RESOLVED: 'RESOLVED'
} as const;

export type DisputeStatus = typeof DisputeStatus[keyof typeof DisputeStatus];
export const DisputeStepKind = {
  ESCALATED: 'ESCALATED',
  MEETING: 'MEETING',
  OPENED: 'OPENED',
  RESOLVED: 'RESOLVED'
} as const;

export type DisputeStepKind = typeof DisputeStepKind[keyof typeof DisputeStepKind];
export type DraftDutyGoalInput = {
  content: GoalContentInput;
  unitId: string;
  year: number;
};

export const DrawStatus = {
  CANCELLED: 'CANCELLED',
  DRAFT: 'DRAFT',
  DRAWN: 'DRAWN',
  FROZEN: 'FROZEN'
} as const;

export type DrawStatus = typeof DrawStatus[keyof typeof DrawStatus];
export const DutyChangeStatus = {
  ADDED: 'ADDED',
  CANCELLED: 'CANCELLED',
  STRENGTHENED: 'STRENGTHENED',
  TRANSFERRED_IN: 'TRANSFERRED_IN',
  TRANSFERRED_OUT: 'TRANSFERRED_OUT',
  UNCHANGED: 'UNCHANGED'
} as const;

export type DutyChangeStatus = typeof DutyChangeStatus[keyof typeof DutyChangeStatus];
export type DutyFilter = {
  changeStatus?: DutyChangeStatus | null | undefined;
  role?: DutyRole | null | undefined;
  /** Only transferred duties (划转职责: 划入 and 划出) */
  transferredOnly?: boolean | null | undefined;
};

export type DutyGoalFilter = {
  status?: GoalStatus | null | undefined;
  unitId?: string | null | undefined;
  year?: number | null | undefined;
};

export const DutyRole = {
  LEAD: 'LEAD',
  LEAD_BODY: 'LEAD_BODY',
  SUPPORT: 'SUPPORT'
} as const;

export type DutyRole = typeof DutyRole[keyof typeof DutyRole];
export type DutyTaskInput = {
  mandateDuty?: string | null | undefined;
  steps?: Array<StepInput | null | undefined> | null | undefined;
  workNorm?: string | null | undefined;
};

export type EscalateDisputeInput = {
  disputeId: string;
  opinion: string;
  rung: DisputeRung;
};

export type EstablishmentMatterFilter = {
  /** ISO-8601 */
  approvedFrom?: string | null | undefined;
  /** ISO-8601 */
  approvedTo?: string | null | undefined;
  kind?: MatterKind | null | undefined;
  unitId?: string | null | undefined;
};

export const EvaluationCategory = {
  ECONOMIC_DEVELOPMENT: 'ECONOMIC_DEVELOPMENT',
  GENERAL_SUPPORT: 'GENERAL_SUPPORT',
  LAW_ENFORCEMENT: 'LAW_ENFORCEMENT',
  LIVELIHOOD: 'LIVELIHOOD',
  SAFETY_ENVIRONMENT: 'SAFETY_ENVIRONMENT',
  SOCIAL_MANAGEMENT: 'SOCIAL_MANAGEMENT',
  TOWNSHIP: 'TOWNSHIP'
} as const;

export type EvaluationCategory = typeof EvaluationCategory[keyof typeof EvaluationCategory];
export type EvaluationCategoryPointsInput = {
  category: EvaluationCategory;
  points: string;
};

export const EvaluationComparison = {
  COMPARED: 'COMPARED',
  NOT_IN_PREVIOUS_ROUND: 'NOT_IN_PREVIOUS_ROUND',
  NO_COMPARABLE_INDICATORS: 'NO_COMPARABLE_INDICATORS',
  NO_PREVIOUS_ROUND: 'NO_PREVIOUS_ROUND',
  PREVIOUS_NOT_VISIBLE: 'PREVIOUS_NOT_VISIBLE'
} as const;

export type EvaluationComparison = typeof EvaluationComparison[keyof typeof EvaluationComparison];
export type EvaluationComputationInput = {
  name?: string | null | undefined;
  params?: Array<EvaluationComputationParamInput> | null | undefined;
};

export type EvaluationComputationParamInput = {
  name: string;
  value?: string | null | undefined;
};

export type EvaluationDeadlineInput = {
  /** Submitted after this, the submission counts as late (ISO-8601) */
  dueAt: string;
  form: SubmissionForm;
  /** No submission is accepted after this (not before dueAt) (ISO-8601) */
  locksAt: string;
  /** Only for this unit of the round (an override); absent for every unit */
  unitId?: string | null | undefined;
};

export type EvaluationDrawStepInput = {
  drawId: string;
  version: number;
};

export type EvaluationDrawStratumInput = {
  category: EvaluationCategory;
  k: number;
};

export type EvaluationFormProblemInput = {
  description: string;
  row?: number | null | undefined;
};

export type EvaluationFormRowCommentInput = {
  comment: string;
  row: number;
};

export type EvaluationIndicatorInput = {
  categories?: Array<EvaluationCategory> | null | undefined;
  code?: string | null | undefined;
  comparable?: boolean | null | undefined;
  computation?: EvaluationComputationInput | null | undefined;
  description?: string | null | undefined;
  name: string;
  parentCode?: string | null | undefined;
  points?: string | null | undefined;
  pointsByCategory?: Array<EvaluationCategoryPointsInput> | null | undefined;
  previousCode?: string | null | undefined;
  rule?: EvaluationScoringRuleInput | null | undefined;
  source?: IndicatorSource | null | undefined;
  sourceBody?: string | null | undefined;
};

export type EvaluationMarkInput = {
  indicatorCode: string;
  /** Required for a deduction, a mark other than the rule's points, or a final mark other than the first */
  reason?: string | null | undefined;
  score: string;
};

export const EvaluationPeriodKind = {
  HALF_YEAR: 'HALF_YEAR',
  MONTH: 'MONTH',
  QUARTER: 'QUARTER',
  YEAR: 'YEAR'
} as const;

export type EvaluationPeriodKind = typeof EvaluationPeriodKind[keyof typeof EvaluationPeriodKind];
export type EvaluationReplyInput = {
  fileIds?: Array<string> | null | undefined;
  scoreId: string;
  text: string;
};

export type EvaluationScoringRuleInput = {
  cap?: string | null | undefined;
  floor?: string | null | undefined;
  kind: ScoringRuleKind;
  perOccurrence?: string | null | undefined;
  target?: string | null | undefined;
  threshold?: string | null | undefined;
};

export const EvaluationStage = {
  DRAFT: 'DRAFT',
  FINAL_MARK: 'FINAL_MARK',
  FIRST_MARK: 'FIRST_MARK',
  PUBLISHED: 'PUBLISHED',
  REPLY: 'REPLY',
  SELF_ASSESSMENT: 'SELF_ASSESSMENT'
} as const;

export type EvaluationStage = typeof EvaluationStage[keyof typeof EvaluationStage];
export const ExtensionStatus = {
  APPROVED: 'APPROVED',
  PENDING: 'PENDING',
  REFUSED: 'REFUSED'
} as const;

export type ExtensionStatus = typeof ExtensionStatus[keyof typeof ExtensionStatus];
export type FieldworkAttendeeInput = {
  name: string;
  position: string;
};

export type FieldworkPointInput = {
  raiseProblem?: boolean | null | undefined;
  text: string;
};

export type FieldworkTalkInput = {
  person: string;
  position: string;
  summary: string;
};

export const FigureKind = {
  COUNT: 'COUNT',
  NUMBER: 'NUMBER',
  RATE: 'RATE'
} as const;

export type FigureKind = typeof FigureKind[keyof typeof FigureKind];
export type FillFirstMarksInput = {
  roundId: string;
  /** Only this unit; every unit of the round when absent */
  unitId?: string | null | undefined;
};

export const FollowUpStatus = {
  CLEAR: 'CLEAR',
  FLAGGED: 'FLAGGED',
  NOT_LINKED: 'NOT_LINKED'
} as const;

export type FollowUpStatus = typeof FollowUpStatus[keyof typeof FollowUpStatus];
export const FormDecision = {
  ACCEPTED: 'ACCEPTED',
  RETURNED: 'RETURNED'
} as const;

export type FormDecision = typeof FormDecision[keyof typeof FormDecision];
export const FormReviewDecision = {
  ACCEPT: 'ACCEPT',
  RETURN: 'RETURN'
} as const;

export type FormReviewDecision = typeof FormReviewDecision[keyof typeof FormReviewDecision];
export type GeneratePeerMatrixInput = {
  roundId: string;
};

export type GoalContentInput = {
  /** A duty of the unit's 三定 (mandate); may be left out for a goal outside it */
  dutyId?: string | null | undefined;
  milestones: Array<GoalMilestoneInput>;
  /** An internal office (内设机构) of the unit */
  officeId?: string | null | undefined;
  /** A power item (权力事项) of the unit */
  powerItemId?: string | null | undefined;
  targetKind: TargetKind;
  targetQuantity?: string | null | undefined;
  targetText?: string | null | undefined;
  targetUnit?: string | null | undefined;
  title: string;
};

export type GoalMilestoneInput = {
  description: string;
  /** Inside the goal's year (ISO-8601) */
  dueOn: string;
  /** For a quantity target: the cumulative quantity due by then, at most the target */
  dueQuantity?: string | null | undefined;
  quarter: number;
};

export const GoalStatus = {
  ACCEPTED: 'ACCEPTED',
  DRAFT: 'DRAFT',
  PUBLISHED: 'PUBLISHED',
  RETURNED: 'RETURNED',
  SUBMITTED: 'SUBMITTED'
} as const;

export type GoalStatus = typeof GoalStatus[keyof typeof GoalStatus];
export type GoalVersionInput = {
  id: string;
  version: number;
};

export type HopReasonInput = {
  dispatchId: string;
  reason: string;
};

export const ImportStatus = {
  FAILED: 'FAILED',
  IMPORTING: 'IMPORTING',
  SUCCEEDED: 'SUCCEEDED'
} as const;

export type ImportStatus = typeof ImportStatus[keyof typeof ImportStatus];
export const IndicatorMethod = {
  QUALITATIVE: 'QUALITATIVE',
  QUANTITATIVE: 'QUANTITATIVE'
} as const;

export type IndicatorMethod = typeof IndicatorMethod[keyof typeof IndicatorMethod];
export type IndicatorScoreInput = {
  /** Points earned; absent when not applicable */
  earned?: string | null | undefined;
  evidence?: string | null | undefined;
  indicatorCode: string;
  notApplicable: boolean;
};

export const IndicatorSource = {
  COMPUTED: 'COMPUTED',
  IMPORTED: 'IMPORTED',
  MANUAL: 'MANUAL',
  SELF_REPORT: 'SELF_REPORT'
} as const;

export type IndicatorSource = typeof IndicatorSource[keyof typeof IndicatorSource];
export const InvestigationConclusion = {
  ACCOUNTABILITY: 'ACCOUNTABILITY',
  CRITICISM: 'CRITICISM',
  NO_FAULT: 'NO_FAULT',
  REMINDER_TALK: 'REMINDER_TALK'
} as const;

export type InvestigationConclusion = typeof InvestigationConclusion[keyof typeof InvestigationConclusion];
export type InvestigationFilter = {
  statuses?: Array<InvestigationStatus> | null | undefined;
};

export const InvestigationStatus = {
  CONCLUDED: 'CONCLUDED',
  OPEN: 'OPEN'
} as const;

export type InvestigationStatus = typeof InvestigationStatus[keyof typeof InvestigationStatus];
export type IssueFieldworkInquiryLetterInput = {
  /** 司法局, the command centre (12345), or the drawn unit itself */
  addresseeUnitId: string;
  /** A retry with the same key returns the first letter */
  clientKey?: string | null | undefined;
  questions: Array<string>;
  /** ISO-8601 */
  replyDueOn: string;
  roundId: string;
  subject: string;
  /** The drawn unit the letter inquires about */
  unitId: string;
};

export type IssueReminderLettersInput = {
  roundId: string;
};

export type ItemDetailsInput = {
  boundary?: BoundaryInput | null | undefined;
  collaboration?: CollaborationInput | null | undefined;
  dutyTask?: DutyTaskInput | null | undefined;
  power?: PowerInput | null | undefined;
  territorial?: TerritorialInput | null | undefined;
  village?: VillageInput | null | undefined;
};

export const ItemStatus = {
  DRAFT: 'DRAFT',
  PUBLISHED: 'PUBLISHED',
  RETIRED: 'RETIRED'
} as const;

export type ItemStatus = typeof ItemStatus[keyof typeof ItemStatus];
export const LedgerEventKind = {
  ACTION_ADDED: 'ACTION_ADDED',
  ACTION_DONE: 'ACTION_DONE',
  ACTION_UNDONE: 'ACTION_UNDONE',
  CLOSED: 'CLOSED',
  EXTENSION_APPROVED: 'EXTENSION_APPROVED',
  EXTENSION_REFUSED: 'EXTENSION_REFUSED',
  EXTENSION_REQUESTED: 'EXTENSION_REQUESTED',
  OPENED: 'OPENED',
  RECTIFIED: 'RECTIFIED',
  VERIFICATION_FAILED: 'VERIFICATION_FAILED',
  VERIFIED: 'VERIFIED'
} as const;

export type LedgerEventKind = typeof LedgerEventKind[keyof typeof LedgerEventKind];
export type LedgerFilter = {
  /** true: open items past their due date; false: all others */
  overdue?: boolean | null | undefined;
  roundId?: string | null | undefined;
  sourceKind?: ProblemSource | null | undefined;
  state?: LedgerState | null | undefined;
  unitId?: string | null | undefined;
};

export type LedgerItemVersionInput = {
  id: string;
  version: number;
};

export const LedgerRating = {
  EFFECTIVE: 'EFFECTIVE',
  INEFFECTIVE: 'INEFFECTIVE',
  MOSTLY: 'MOSTLY'
} as const;

export type LedgerRating = typeof LedgerRating[keyof typeof LedgerRating];
export const LedgerState = {
  CLOSED: 'CLOSED',
  OPEN: 'OPEN',
  RECTIFIED: 'RECTIFIED',
  VERIFIED: 'VERIFIED'
} as const;

export type LedgerState = typeof LedgerState[keyof typeof LedgerState];
export type LinkDutyItemsInput = {
  dutyId: string;
  /** Every item linked to the duty after the change (empty: no link) */
  itemIds: Array<string>;
};

export type ListItemFilter = {
  /** With unitId: include the units below it (e.g. a department's offices) */
  includeSubunits?: boolean | null | undefined;
  /** Substring of the code, the name or any text of the item (关键词), e.g. 噪声 */
  keyword?: string | null | undefined;
  kind: ListKind;
  level?: UnitLevel | null | undefined;
  powerType?: PowerType | null | undefined;
  /** Default PUBLISHED; DRAFT shows only what the caller may see */
  status?: ItemStatus | null | undefined;
  /** Owner unit */
  unitId?: string | null | undefined;
};

export const ListKind = {
  BOUNDARY: 'BOUNDARY',
  COLLABORATION: 'COLLABORATION',
  DUTY_TASK: 'DUTY_TASK',
  POWER: 'POWER',
  TERRITORIAL: 'TERRITORIAL',
  VILLAGE: 'VILLAGE'
} as const;

export type ListKind = typeof ListKind[keyof typeof ListKind];
export type MarkEvaluationScoresInput = {
  marks: Array<EvaluationMarkInput>;
  roundId: string;
  unitId: string;
};

export const MatterKind = {
  ABOLISH: 'ABOLISH',
  CHANGE: 'CHANGE',
  MERGE: 'MERGE',
  SET_UP: 'SET_UP'
} as const;

export type MatterKind = typeof MatterKind[keyof typeof MatterKind];
export type OfficeDutySuggestionInput = {
  /** MOVE/CANCEL: the duty task (职责任务清单事项) of the from-office */
  dutyItemId?: string | null | undefined;
  /** ADD: the new duty's name */
  dutyName?: string | null | undefined;
  /** MOVE/CANCEL: the office that holds the duty now */
  fromOfficeId?: string | null | undefined;
  kind: SuggestionKind;
  reason: string;
  /** MOVE/ADD: the office that is to hold it */
  toOfficeId?: string | null | undefined;
};

export type OpenEvaluationRoundInput = {
  /** Every department or township of the region in these categories is in scope */
  categories?: Array<EvaluationCategory> | null | undefined;
  /** Per form (SELF_ASSESSMENT required), optionally overridden per unit */
  deadlines: Array<EvaluationDeadlineInput>;
  /** Units of a category below this many are shown but not ranked; 3 when absent */
  minRankSample?: number | null | undefined;
  name: string;
  /** The last day of that period (ISO-8601) */
  periodEnd: string;
  periodKind: EvaluationPeriodKind;
  /** The first day of the month, quarter, half-year or year (ISO-8601) */
  periodStart: string;
  /** The round this one is compared with */
  previousRoundId?: string | null | undefined;
  /** An ACTIVE or SUPERSEDED scheme of the region */
  schemeId: string;
  /** Departments or townships of the region picked one by one (added to those of the categories) */
  unitIds?: Array<string> | null | undefined;
};

export type OpenInvestigationInput = {
  ratingId: string;
  /** What is investigated (倒查事由) */
  subject: string;
};

export type OpenLedgerItemInput = {
  /** 整改措施 to start with */
  actions?: Array<string> | null | undefined;
  description: string;
  /** Working days to rectify; left out: the configured default (20) */
  dueWorkingDays?: number | null | undefined;
  /** The evaluation round it belongs to, if any (a round of the region holding the unit) */
  roundId?: string | null | undefined;
  /** OTHER or TRACKING */
  source: ProblemSource;
  /** For TRACKING: the 跟踪问效 rectification of the same unit it comes from */
  trackingRectificationId?: string | null | undefined;
  unitId: string;
};

export type OperationResultRowInput = {
  done?: string | null | undefined;
  /** The figure reached (完成数值) */
  figure?: string | null | undefined;
  fileIds?: Array<string> | null | undefined;
  goalId: string;
  /** Whether the goal's target was met */
  met?: boolean | null | undefined;
  selfScore?: string | null | undefined;
};

export const ParamType = {
  BOOLEAN: 'BOOLEAN',
  DECIMAL: 'DECIMAL',
  INTEGER: 'INTEGER',
  TEXT: 'TEXT'
} as const;

export type ParamType = typeof ParamType[keyof typeof ParamType];
export type PartyInput = {
  responsibility?: string | null | undefined;
  unitCode?: string | null | undefined;
};

export const PeerKind = {
  DEPARTMENT: 'DEPARTMENT',
  TOWNSHIP: 'TOWNSHIP'
} as const;

export type PeerKind = typeof PeerKind[keyof typeof PeerKind];
export type PeerRuleInput = {
  raterKind: PeerKind;
  ratersPerTarget: number;
  targetKind: PeerKind;
};

export const PeerSeat = {
  LEADER: 'LEADER',
  NONE: 'NONE',
  OFFICE: 'OFFICE',
  RATER: 'RATER'
} as const;

export type PeerSeat = typeof PeerSeat[keyof typeof PeerSeat];
export type PlanTrackingRoundInput = {
  name: string;
  /** Matters approved 6–12 months before this date are proposed; at most two years ahead (ISO-8601) */
  planDate: string;
};

export type PowerInput = {
  catalogueCode?: string | null | undefined;
  legalBasis?: string | null | undefined;
  level?: UnitLevel | null | undefined;
  supervisionDuties?: Array<string | null | undefined> | null | undefined;
  type?: PowerType | null | undefined;
};

export const PowerType = {
  ADJUDICATION: 'ADJUDICATION',
  COERCION: 'COERCION',
  CONFIRMATION: 'CONFIRMATION',
  INSPECTION: 'INSPECTION',
  LEVY: 'LEVY',
  LICENSING: 'LICENSING',
  OTHER: 'OTHER',
  PAYMENT: 'PAYMENT',
  PENALTY: 'PENALTY',
  REWARD: 'REWARD'
} as const;

export type PowerType = typeof PowerType[keyof typeof PowerType];
export const ProblemSource = {
  FORM_REVIEW: 'FORM_REVIEW',
  INQUIRY: 'INQUIRY',
  OTHER: 'OTHER',
  QUESTIONNAIRE: 'QUESTIONNAIRE',
  REPORT_REVIEW: 'REPORT_REVIEW',
  SCORE: 'SCORE',
  SYMPOSIUM: 'SYMPOSIUM',
  THREE_DEFINITIONS: 'THREE_DEFINITIONS',
  TRACKING: 'TRACKING',
  VERIFICATION: 'VERIFICATION'
} as const;

export type ProblemSource = typeof ProblemSource[keyof typeof ProblemSource];
export type ProposeListChangeInput = {
  /** CHANGE/RETIRE: the published version the proposal is based on; a stale one is a CONFLICT */
  baseVersion?: number | null | undefined;
  changeType: ChangeType;
  /** Idempotency key: a retried submission with the same key returns the first result, the same key with a different submission is IDEMPOTENCY_KEY_REUSED */
  clientKey?: string | null | undefined;
  /** When the phone or client submitted it, by its own clock: at most a day ahead of the server, 30 days behind (ISO-8601) */
  clientTime?: string | null | undefined;
  /** ADD: the item code, unique in its list */
  code?: string | null | undefined;
  /** ADD/CHANGE: the content; exactly the part of the item's kind */
  details?: ItemDetailsInput | null | undefined;
  /** CHANGE/RETIRE: the item */
  itemId?: string | null | undefined;
  /** ADD: which list */
  kind?: ListKind | null | undefined;
  /** Legal basis of the change (调整依据) */
  legalBasis?: string | null | undefined;
  /** ADD/CHANGE: the item's name */
  name?: string | null | undefined;
  /** Why (调整理由) */
  reason: string;
  /** ADD: the owner unit */
  unitId?: string | null | undefined;
};

export type PublishDutyGoalsInput = {
  year: number;
};

export type PublishQuestionnaireInput = {
  audience: SurveyAudience;
  id: string;
  /** OFFICE_HEADS: the unit whose internal offices answer (it must be the only assessed unit) */
  officeUnitId?: string | null | undefined;
  /** UNITS: the departments or townships of the region that answer (none of them assessed by it) */
  respondentUnitIds?: Array<string> | null | undefined;
  version: number;
};

export const QuestionKind = {
  MULTIPLE_CHOICE: 'MULTIPLE_CHOICE',
  SCALE: 'SCALE',
  SINGLE_CHOICE: 'SINGLE_CHOICE',
  TEXT: 'TEXT'
} as const;

export type QuestionKind = typeof QuestionKind[keyof typeof QuestionKind];
export type QuestionnaireAnswerInput = {
  /** 0-based positions of the chosen options */
  choices?: Array<number> | null | undefined;
  /** 0-based position of the question */
  question: number;
  text?: string | null | undefined;
  value?: number | null | undefined;
};

export type QuestionnaireQuestionInput = {
  highLabel?: string | null | undefined;
  kind: QuestionKind;
  lowLabel?: string | null | undefined;
  /** SINGLE_CHOICE / MULTIPLE_CHOICE: 2 to 20 options, in order */
  options?: Array<string> | null | undefined;
  /** An answer is required (false when absent) */
  required?: boolean | null | undefined;
  /** SCALE: 5 or 10 (values 1..scaleMax) */
  scaleMax?: number | null | undefined;
  text: string;
};

export const QuestionnaireStatus = {
  CLOSED: 'CLOSED',
  DRAFT: 'DRAFT',
  PUBLISHED: 'PUBLISHED'
} as const;

export type QuestionnaireStatus = typeof QuestionnaireStatus[keyof typeof QuestionnaireStatus];
export type QuestionnaireVersionInput = {
  id: string;
  /** shareQuestionnaireResults: whether the assessed units may read their own results */
  shared?: boolean | null | undefined;
  version: number;
};

export type RaiseEvaluationProblemInput = {
  description: string;
  roundId: string;
  scoreId?: string | null | undefined;
  unitId: string;
};

export type RaiseFieldworkInquiryProblemInput = {
  description: string;
  letterId: string;
};

export type RateDispatchInput = {
  comment?: string | null | undefined;
  dispatchId: string;
  level: RatingLevel;
};

export type RatePeerInput = {
  comment?: string | null | undefined;
  roundId: string;
  score: string;
  targetUnitId: string;
  /** The task's version as read */
  version: number;
};

export const RatingLevel = {
  BASICALLY_SATISFIED: 'BASICALLY_SATISFIED',
  SATISFIED: 'SATISFIED',
  UNSATISFIED: 'UNSATISFIED'
} as const;

export type RatingLevel = typeof RatingLevel[keyof typeof RatingLevel];
export const RecommendationKind = {
  CUT_POSTS: 'CUT_POSTS',
  MERGE_OR_ABOLISH: 'MERGE_OR_ABOLISH'
} as const;

export type RecommendationKind = typeof RecommendationKind[keyof typeof RecommendationKind];
export type RecordCaseVisitInput = {
  caseId: string;
  note?: string | null | undefined;
  /** The reporter's satisfaction */
  satisfaction: RatingLevel;
  /** 回访方式: PHONE 电话, VISIT 上门, SMS 短信 */
  way: VisitWay;
};

export type RecordDisputeStepInput = {
  disputeId: string;
  /** Minutes or opinion */
  minutes: string;
  /** Who took part (names as text) */
  participants?: string | null | undefined;
  /** The rung the caller acts at; must be the current one */
  rung: DisputeRung;
};

export type RecordDutyFindingInput = {
  dutyId: string;
  evidence?: string | null | undefined;
  note?: string | null | undefined;
  roundId: string;
  verdict: Verdict;
  /** The finding's version as last read; left out to record the first finding on the duty */
  version?: number | null | undefined;
  /** 错位: the unit that performed the duty instead (required for MISPLACED, left out otherwise) */
  wrongUnitId?: string | null | undefined;
};

export type RecordFieldworkSymposiumInput = {
  attendees: Array<FieldworkAttendeeInput>;
  /** ISO-8601 */
  heldOn: string;
  place: string;
  points: Array<FieldworkPointInput>;
  roundId: string;
  talks: Array<FieldworkTalkInput>;
  unitId: string;
  /** The record's current version; absent when recording it first */
  version?: number | null | undefined;
};

export type RecordGoalVerificationInput = {
  findings: string;
  goalId: string;
  methods: Array<VerificationMethod>;
  /** The milestone verified; left out for the goal as a whole */
  milestoneId?: string | null | undefined;
  people: string;
  result: VerificationResult;
  /** Not in the future (ISO-8601) */
  verifiedOn: string;
};

export type RecordInspectionInput = {
  /** Day of the inspection, not in the future (ISO-8601) */
  date: string;
  /** The department's own published 行政检查 power item */
  itemId: string;
  note?: string | null | undefined;
  /** Number of inspected objects (检查对象数), at least 1 */
  objectCount: number;
};

export type RecordInvestigationFindingInput = {
  investigationId: string;
  text: string;
};

export type RecordRectificationInput = {
  /** When the unit completed it; today when absent (ISO-8601) */
  doneOn?: string | null | undefined;
  id: string;
  note?: string | null | undefined;
  version: number;
};

export type RectifyLedgerItemInput = {
  evidence: string;
  /** Evidence files (佐证材料) the rectifier's unit uploaded */
  fileIds?: Array<string> | null | undefined;
  id: string;
  version: number;
};

export type RefuseDispatchInput = {
  dispatchId: string;
  reason: string;
};

export type RemindDispatchInput = {
  dispatchId: string;
  message: string;
};

export type RemoveDutyInput = {
  id: string;
  version: number;
};

export type RemoveEscalationRuleInput = {
  id: string;
  version: number;
};

export type RemovePeerConflictInput = {
  id: string;
  roundId: string;
};

export type ReopenCaseInput = {
  caseId: string;
  /** The case's version as the caller saw it; a stale one is CONFLICT */
  caseVersion: number;
  /** Idempotency key chosen by the client; a retry returns the case as the first reopening left it */
  clientKey?: string | null | undefined;
  reason: string;
};

export type ReplyDispatchInput = {
  attachments?: Array<string> | null | undefined;
  /** The legal basis of this hop (办理依据), named with the reply */
  basis?: CaseBasisInput | null | undefined;
  dispatchId: string;
  /** A reason for each hop below that is still open or replied and unrated (it is closed unfinished) */
  hopReasons?: Array<HopReasonInput> | null | undefined;
  text: string;
};

export type ReplyFieldworkInquiryLetterInput = {
  fileIds?: Array<string> | null | undefined;
  letterId: string;
  replyText: string;
  version: number;
};

export type ReplyToEvaluationMarksInput = {
  /** One per deduction replied to; empty to waive the reply (无异议) */
  replies: Array<EvaluationReplyInput>;
  roundId: string;
};

export type ReportCaseInput = {
  address: string;
  /** The township where it happened; default: the reporter's own township, else the district */
  areaUnitId?: string | null | undefined;
  /** References of uploaded photos */
  attachments?: Array<string> | null | undefined;
  /** A published COLLABORATION, TERRITORIAL or BOUNDARY list item; or give categoryText */
  categoryItemId?: string | null | undefined;
  /** A free category, when no list item fits */
  categoryText?: string | null | undefined;
  /** Idempotency key chosen by the phone or client; a retry returns the first case, the same key with a different report is IDEMPOTENCY_KEY_REUSED */
  clientKey?: string | null | undefined;
  /** When the phone or client submitted it, by its own clock: at most a day ahead of the server, 30 days behind (ISO-8601) */
  clientTime?: string | null | undefined;
  /** From today to a year from today (Asia/Shanghai) (ISO-8601) */
  deadline?: string | null | undefined;
  description: string;
  /** Integrated systems: their own id of the case (required for them); a retry returns the first case */
  externalId?: string | null | undefined;
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
  /** Default NORMAL */
  priority?: CasePriority | null | undefined;
  /** Integrated systems: HOTLINE_12345 (default) or OTHER_SYSTEM */
  source?: CaseSource | null | undefined;
  title: string;
};

export type ReportGoalProgressInput = {
  /** Evidence files uploaded by the unit (POST /api/evaluation/files) */
  fileIds?: Array<string> | null | undefined;
  milestoneId: string;
  /** For a quantity target: the cumulative quantity reached */
  quantityReached?: string | null | undefined;
  report: string;
};

export const ReportStatus = {
  ACCEPTED: 'ACCEPTED',
  DRAFT: 'DRAFT',
  RETURNED: 'RETURNED',
  SUBMITTED: 'SUBMITTED'
} as const;

export type ReportStatus = typeof ReportStatus[keyof typeof ReportStatus];
export type RequestLedgerExtensionInput = {
  id: string;
  /** The new last day, after the current one (ISO-8601) */
  newDueOn: string;
  reason: string;
  version: number;
};

export type RequireRectificationInput = {
  /** ISO-8601 */
  deadline: string;
  matterId: string;
  requirement: string;
  roundId: string;
};

export type ResolveDisputeInput = {
  /** Name of the boundary item drafted from the decision; default: the case's category */
  boundaryName?: string | null | undefined;
  /** Scope of that boundary item; default INTER_DEPARTMENT */
  boundaryScope?: BoundaryScope | null | undefined;
  cooperating?: Array<DisputePartyInput> | null | undefined;
  /** The decision (裁定/协调意见) */
  decision: string;
  disputeId: string;
  leadResponsibility: string;
  leadUnitId: string;
  rung: DisputeRung;
};

export type ReturnEvaluationSubmissionInput = {
  comment: string;
  submissionId: string;
  version: number;
};

export const ReviewDecision = {
  ACCEPT: 'ACCEPT',
  RETURN: 'RETURN'
} as const;

export type ReviewDecision = typeof ReviewDecision[keyof typeof ReviewDecision];
export type ReviewDutyGoalInput = {
  /** Required when returning: what the unit must change */
  comment?: string | null | undefined;
  decision: ReviewDecision;
  id: string;
  version: number;
};

export type ReviewEvaluationFormInput = {
  comment?: string | null | undefined;
  decision: FormReviewDecision;
  /** ACCEPT of an OPERATION_RESULTS form: the SELF_REPORT or MANUAL indicator of the round's scheme whose self-assessment entry takes the form's total self-score (and, for SELF_REPORT, the share of goals met) */
  indicatorCode?: string | null | undefined;
  problems?: Array<EvaluationFormProblemInput> | null | undefined;
  rowComments?: Array<EvaluationFormRowCommentInput> | null | undefined;
  submissionId: string;
  /** The submission's version read; a stale one is a CONFLICT */
  version: number;
};

export type ReviewFieldworkReportInput = {
  accept: boolean;
  /** Required when returning */
  comment?: string | null | undefined;
  /** Problems found in the report, each raised for the rectification ledger (REPORT_REVIEW) */
  problems?: Array<string> | null | undefined;
  reportId: string;
  version: number;
};

export const Role = {
  COMMAND_CENTRE: 'COMMAND_CENTRE',
  COMMITTEE: 'COMMITTEE',
  DEPARTMENT: 'DEPARTMENT',
  DISCIPLINE: 'DISCIPLINE',
  ESTABLISHMENT_OFFICE: 'ESTABLISHMENT_OFFICE',
  GRID_WORKER: 'GRID_WORKER',
  INTEGRATION: 'INTEGRATION',
  LEADER: 'LEADER',
  ORGANISATION: 'ORGANISATION',
  TOWNSHIP: 'TOWNSHIP'
} as const;

export type Role = typeof Role[keyof typeof Role];
export type RunComparisonInput = {
  referenceUnitId: string;
  subjectUnitId: string;
};

export type RunFusionInput = {
  /** A department, or a region government for the whole region */
  unitId: string;
};

export type SaveDrawInspectorInput = {
  active: boolean;
  code: string;
  /** Absent for a new inspector */
  id?: string | null | undefined;
  name: string;
  /** Units the inspector worked in before (回避) */
  pastUnitIds?: Array<string> | null | undefined;
  /** The inspector's own unit */
  unitId: string;
  /** Required with id */
  version?: number | null | undefined;
};

export type SaveDutyInput = {
  changeStatus: DutyChangeStatus;
  /** The duty to change; absent to add one */
  id?: string | null | undefined;
  ordinal: number;
  /** Transfers only: the unit the duty came from (划入) or went to (划出) */
  relatedUnitId?: string | null | undefined;
  role: DutyRole;
  text: string;
  /** Adding: the unit whose mandate gets the duty */
  unitId?: string | null | undefined;
  /** Changing: the version the change is based on; a stale one is a CONFLICT */
  version?: number | null | undefined;
};

export type SaveEscalationRuleInput = {
  /** The category as a list item (协同、属地或边界清单事项); with categoryText empty */
  categoryItemId?: string | null | undefined;
  /** The category as a free text; neither this nor categoryItemId: the district's default */
  categoryText?: string | null | undefined;
  /** 督办: working days past the deadline (empty: never) */
  escalateAfterDays?: number | null | undefined;
  /** 催办 by the system at the deadline */
  remindAtDeadline: boolean;
  /** The version of the rule being changed; empty for a new rule */
  version?: number | null | undefined;
  /** 临期提醒: working hours before the deadline (0: none) */
  warnBeforeHours: number;
};

export type SaveEvaluationFormInput = {
  boundaries?: Array<BoundaryPerformanceRowInput> | null | undefined;
  operations?: Array<OperationResultRowInput> | null | undefined;
  submissionId: string;
  suggestions?: Array<OfficeDutySuggestionInput> | null | undefined;
  /** The draft version read (0 before the first save); a stale one is a CONFLICT */
  version: number;
};

export type SaveEvaluationSchemeInput = {
  id: string;
  indicators: Array<EvaluationIndicatorInput>;
  name: string;
  previousSchemeId?: string | null | undefined;
  version: number;
};

export type SaveFieldworkReportInput = {
  /** Markdown */
  body: string;
  fileIds?: Array<string> | null | undefined;
  roundId: string;
  unitId: string;
  /** The report's current version; absent when writing it first */
  version?: number | null | undefined;
};

export type SavePeerRulesInput = {
  /** When rating closes; none: until the round is published (ISO-8601) */
  closesAt?: string | null | undefined;
  roundId: string;
  rules: Array<PeerRuleInput>;
  /** Drop the highest and lowest rating from this many ratings on (default 5) */
  trimFrom?: number | null | undefined;
  /** The set-up's version when it exists (omit the first time) */
  version?: number | null | undefined;
};

export type SaveTrackingTemplateInput = {
  indicators: Array<TrackingIndicatorInput>;
  kind: MatterKind;
  version: number;
};

export const SchemeStatus = {
  ACTIVE: 'ACTIVE',
  DRAFT: 'DRAFT',
  SUPERSEDED: 'SUPERSEDED'
} as const;

export type SchemeStatus = typeof SchemeStatus[keyof typeof SchemeStatus];
export type ScoreMatterInput = {
  matterId: string;
  roundId: string;
  scores: Array<IndicatorScoreInput>;
};

export const ScoringRuleKind = {
  BONUS: 'BONUS',
  DEDUCTION: 'DEDUCTION',
  DIRECT: 'DIRECT',
  PASS_FAIL: 'PASS_FAIL',
  PROPORTIONAL: 'PROPORTIONAL'
} as const;

export type ScoringRuleKind = typeof ScoringRuleKind[keyof typeof ScoringRuleKind];
export type SeedEvaluationDrawInput = {
  drawId: string;
  /** Let the server generate a seed (shown once drawn) */
  generate?: boolean | null | undefined;
  /** The seed entered, e.g. a public lottery result; leave empty with generate: true */
  seed?: string | null | undefined;
  version: number;
};

export type SelfAssessmentEntryInput = {
  /** For a SELF_REPORT indicator: the figure the unit reports (rate, count, quantity) */
  figure?: string | null | undefined;
  /** Evidence files uploaded by the unit */
  fileIds?: Array<string> | null | undefined;
  indicatorCode: string;
  note?: string | null | undefined;
  /** Between 0 and the indicator's points */
  selfScore: string;
};

export type SetCaseBasisInput = {
  /** The basis; absent to clear it */
  basis?: CaseBasisInput | null | undefined;
  dispatchId: string;
  /** The dispatch version the caller saw; a stale one is a CONFLICT */
  dispatchVersion?: number | null | undefined;
};

export type SetLedgerActionDoneInput = {
  actionId: string;
  done: boolean;
  id: string;
  version: number;
};

export type SignDispatchInput = {
  dispatchId: string;
};

export const StatisticsGroupBy = {
  CATEGORY: 'CATEGORY',
  HANDLING_UNIT: 'HANDLING_UNIT',
  MONTH: 'MONTH',
  ORIGIN_UNIT: 'ORIGIN_UNIT',
  WEEK: 'WEEK'
} as const;

export type StatisticsGroupBy = typeof StatisticsGroupBy[keyof typeof StatisticsGroupBy];
export type StepInput = {
  action?: string | null | undefined;
  actorUnitCode?: string | null | undefined;
  order: number;
  timeLimitDays?: number | null | undefined;
};

export const SubmissionForm = {
  BOUNDARY_PERFORMANCE: 'BOUNDARY_PERFORMANCE',
  GOAL_PROGRESS: 'GOAL_PROGRESS',
  OFFICE_SUGGESTIONS: 'OFFICE_SUGGESTIONS',
  OPERATION_RESULTS: 'OPERATION_RESULTS',
  REPLY: 'REPLY',
  SELF_ASSESSMENT: 'SELF_ASSESSMENT'
} as const;

export type SubmissionForm = typeof SubmissionForm[keyof typeof SubmissionForm];
export const SubmissionStatus = {
  ACCEPTED: 'ACCEPTED',
  PENDING: 'PENDING',
  RETURNED: 'RETURNED',
  SUBMITTED: 'SUBMITTED'
} as const;

export type SubmissionStatus = typeof SubmissionStatus[keyof typeof SubmissionStatus];
export type SubmitEvaluationFormDraftInput = {
  submissionId: string;
  /** The draft version being submitted; a stale one is a CONFLICT */
  version: number;
};

export type SubmitEvaluationFormInput = {
  /** Any form but SELF_ASSESSMENT (submitSelfAssessment) and REPLY (replyToEvaluationMarks) */
  form: SubmissionForm;
  roundId: string;
};

export type SubmitFieldworkReportInput = {
  reportId: string;
  version: number;
};

export type SubmitPeerRatingsInput = {
  roundId: string;
};

export type SubmitSelfAssessmentInput = {
  entries: Array<SelfAssessmentEntryInput>;
  roundId: string;
};

export type SubmitSelfCheckInput = {
  matterId: string;
  roundId: string;
  text: string;
};

export type SubmitYearGoalsInput = {
  unitId: string;
  year: number;
};

export type SuggestPostsInput = {
  itemId: string;
  /** The office's approved posts; when absent, its recorded staffing */
  officePosts?: number | null | undefined;
  /** The unit the item moves to */
  toUnitId: string;
  year: number;
};

export const SuggestionKind = {
  ADD: 'ADD',
  CANCEL: 'CANCEL',
  MOVE: 'MOVE'
} as const;

export type SuggestionKind = typeof SuggestionKind[keyof typeof SuggestionKind];
export type SupersedeEvaluationSchemeInput = {
  id: string;
};

export const SurveyAudience = {
  ANONYMOUS: 'ANONYMOUS',
  OFFICE_HEADS: 'OFFICE_HEADS',
  UNITS: 'UNITS'
} as const;

export type SurveyAudience = typeof SurveyAudience[keyof typeof SurveyAudience];
export const TargetKind = {
  QUALITATIVE: 'QUALITATIVE',
  QUANTITY: 'QUANTITY'
} as const;

export type TargetKind = typeof TargetKind[keyof typeof TargetKind];
export type TerritorialInput = {
  custom: boolean;
  leadResponsibility?: string | null | undefined;
  townshipResponsibility?: string | null | undefined;
};

export const TodoKind = {
  ACCEPT: 'ACCEPT',
  DECIDE: 'DECIDE',
  DISPATCH: 'DISPATCH',
  RATE: 'RATE',
  REPLY: 'REPLY',
  SIGN: 'SIGN'
} as const;

export type TodoKind = typeof TodoKind[keyof typeof TodoKind];
export type TrackingIndicatorInput = {
  code: string;
  guidance: string;
  method: IndicatorMethod;
  name: string;
  points: number;
};

export const TrackingStep = {
  ASSESSMENT: 'ASSESSMENT',
  FEEDBACK: 'FEEDBACK',
  ON_SITE: 'ON_SITE',
  PLAN: 'PLAN',
  RECTIFICATION: 'RECTIFICATION',
  SELF_CHECK: 'SELF_CHECK',
  SURVEY: 'SURVEY'
} as const;

export type TrackingStep = typeof TrackingStep[keyof typeof TrackingStep];
export type UnclaimCatalogueInput = {
  catalogueCodes: Array<string>;
  reason: string;
  unitId: string;
};

export const UnitCategory = {
  ECONOMIC_DEVELOPMENT: 'ECONOMIC_DEVELOPMENT',
  GENERAL_SUPPORT: 'GENERAL_SUPPORT',
  LAW_ENFORCEMENT: 'LAW_ENFORCEMENT',
  LIVELIHOOD: 'LIVELIHOOD',
  SAFETY_ENVIRONMENT: 'SAFETY_ENVIRONMENT',
  SOCIAL_MANAGEMENT: 'SOCIAL_MANAGEMENT'
} as const;

export type UnitCategory = typeof UnitCategory[keyof typeof UnitCategory];
export type UnitFilter = {
  kind?: UnitKind | null | undefined;
  level?: UnitLevel | null | undefined;
  /** Substring of the name, e.g. 环境 (case-insensitive) */
  nameContains?: string | null | undefined;
  parentId?: string | null | undefined;
  /** Only units in the region (the nearest 区/市 government at or above) of this unit, e.g. the caller's own */
  regionOf?: string | null | undefined;
  /** Only units without a parent */
  rootsOnly?: boolean | null | undefined;
};

export const UnitKind = {
  COMMAND_CENTRE: 'COMMAND_CENTRE',
  COMMUNITY: 'COMMUNITY',
  DISCIPLINE_OFFICE: 'DISCIPLINE_OFFICE',
  ESTABLISHMENT_COMMITTEE: 'ESTABLISHMENT_COMMITTEE',
  ESTABLISHMENT_OFFICE: 'ESTABLISHMENT_OFFICE',
  GOVERNMENT_DEPARTMENT: 'GOVERNMENT_DEPARTMENT',
  GRID: 'GRID',
  INTERNAL_OFFICE: 'INTERNAL_OFFICE',
  MASS_ORGANISATION: 'MASS_ORGANISATION',
  ORGANISATION_DEPARTMENT: 'ORGANISATION_DEPARTMENT',
  PARTY_DEPARTMENT: 'PARTY_DEPARTMENT',
  PUBLIC_INSTITUTION: 'PUBLIC_INSTITUTION',
  REGION_GOVERNMENT: 'REGION_GOVERNMENT',
  TOWNSHIP: 'TOWNSHIP',
  TOWNSHIP_COMMAND_ROOM: 'TOWNSHIP_COMMAND_ROOM',
  VILLAGE: 'VILLAGE'
} as const;

export type UnitKind = typeof UnitKind[keyof typeof UnitKind];
export const UnitLevel = {
  CITY: 'CITY',
  COUNTY: 'COUNTY',
  TOWNSHIP: 'TOWNSHIP',
  VILLAGE: 'VILLAGE'
} as const;

export type UnitLevel = typeof UnitLevel[keyof typeof UnitLevel];
export type UpdateDutyGoalInput = {
  content: GoalContentInput;
  id: string;
  version: number;
};

export type UpdateEstablishmentMatterInput = {
  /** From 1949-10-01 to today (ISO-8601) */
  approvedOn: string;
  content: string;
  documentNo: string;
  id: string;
  kind: MatterKind;
  version: number;
};

export type UpdateQuestionnaireInput = {
  id: string;
  intro?: string | null | undefined;
  questions: Array<QuestionnaireQuestionInput>;
  roundId?: string | null | undefined;
  targetUnitIds?: Array<string> | null | undefined;
  title: string;
  version: number;
};

export const Verdict = {
  ABSENT: 'ABSENT',
  FULFILLED: 'FULFILLED',
  MISPLACED: 'MISPLACED',
  OVERSTEP: 'OVERSTEP'
} as const;

export type Verdict = typeof Verdict[keyof typeof Verdict];
export const VerificationMethod = {
  BRIEFING: 'BRIEFING',
  DOCUMENTS: 'DOCUMENTS',
  SITE_VISIT: 'SITE_VISIT',
  SYMPOSIUM: 'SYMPOSIUM'
} as const;

export type VerificationMethod = typeof VerificationMethod[keyof typeof VerificationMethod];
export const VerificationResult = {
  NO: 'NO',
  PARTLY: 'PARTLY',
  YES: 'YES'
} as const;

export type VerificationResult = typeof VerificationResult[keyof typeof VerificationResult];
export type VerifyLedgerItemInput = {
  id: string;
  note?: string | null | undefined;
  /** EFFECTIVE 有效, MOSTLY 基本有效, INEFFECTIVE 无效 */
  rating: LedgerRating;
  version: number;
};

export type VillageInput = {
  kind?: VillageKind | null | undefined;
  task?: string | null | undefined;
};

export const VillageKind = {
  ASSISTING: 'ASSISTING',
  STATUTORY: 'STATUTORY'
} as const;

export type VillageKind = typeof VillageKind[keyof typeof VillageKind];
export const VisitWay = {
  PHONE: 'PHONE',
  SMS: 'SMS',
  VISIT: 'VISIT'
} as const;

export type VisitWay = typeof VisitWay[keyof typeof VisitWay];
export type AuditEntryFieldsFragment = { seq: number, occurredAt: string, actorName: string | null, actorUnit: string | null, action: string, entityType: string, entityId: string, hash: string, prevHash: string, hashValid: boolean, changes: Array<{ field: string, before: string | null, after: string | null }> };

export type AuditChainCheckQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditChainCheckQuery = { auditIntegrity: { intact: boolean, checkedEvents: number, firstBrokenSeq: number | null, checkpoints: number, lastCheckpointSeq: number | null, lastCheckpointAt: string | null, unverifiedCheckpoints: number, firstBroken: { seq: number, occurredAt: string, actorName: string | null, actorUnit: string | null, action: string, entityType: string, entityId: string, hash: string, prevHash: string, hashValid: boolean, changes: Array<{ field: string, before: string | null, after: string | null }> } | null } };

export type AuditHistoryQueryVariables = Exact<{
  entityType: string;
  entityId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditHistoryQuery = { auditHistory: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { seq: number, occurredAt: string, actorName: string | null, actorUnit: string | null, action: string, entityType: string, entityId: string, hash: string, prevHash: string, hashValid: boolean, changes: Array<{ field: string, before: string | null, after: string | null }> } }> } };

export type AuditEntityTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditEntityTypesQuery = { auditEntityTypes: Array<string> };

export type CaseBasisFieldsFragment = { powerItemId: string, powerItemVersion: number, supervisionDuty: string | null, powerItem: { id: string, code: string, name: string } };

export type BasisItemFieldsFragment = { id: string, code: string, name: string, details: { power: { type: PowerType | null, supervisionDuties: Array<string | null> | null } | null } };

export type SuggestedBasisQueryVariables = Exact<{
  dispatchId: string;
}>;


export type SuggestedBasisQuery = { suggestedBasis: Array<{ rank: number, casesOfCategory: number, sharedTerms: Array<string>, reasons: Array<string>, item: { id: string, code: string, name: string, details: { power: { type: PowerType | null, supervisionDuties: Array<string | null> | null } | null } } }> };

export type BasisChoicesQueryVariables = Exact<{
  dispatchId: string;
}>;


export type BasisChoicesQuery = { basisChoices: Array<{ id: string, code: string, name: string, details: { power: { type: PowerType | null, supervisionDuties: Array<string | null> | null } | null } }> };

export type SetCaseBasisMutationVariables = Exact<{
  input: SetCaseBasisInput;
}>;


export type SetCaseBasisMutation = { setCaseBasis: { dispatch: { id: string, version: number } } };

export type BasisItemCountFieldsFragment = { itemId: string, itemCode: string, itemName: string, powerType: PowerType | null, departmentId: string, departmentName: string, cases: number, dispatches: number };

export type BasisReportQueryVariables = Exact<{
  input: BasisReportInput;
}>;


export type BasisReportQuery = { basisReport: { unitId: string | null, handledCases: number, namedCases: number, namedRate: number | null, unnamedCaseCount: number, unexercised: Array<{ itemId: string, itemCode: string, itemName: string, powerType: PowerType | null, departmentId: string, departmentName: string, cases: number, dispatches: number }>, topItems: Array<{ itemId: string, itemCode: string, itemName: string, powerType: PowerType | null, departmentId: string, departmentName: string, cases: number, dispatches: number }>, unnamedCases: Array<{ caseId: string, code: string, title: string, status: CaseStatus, reportedAt: string, departmentId: string, departmentName: string }> } };

export type CaseRowFieldsFragment = { id: string, code: string, title: string, address: string, status: CaseStatus, priority: CasePriority, source: CaseSource, reportedAt: string, deadline: string | null, categoryText: string | null, categoryItem: { id: string, name: string } | null, areaUnit: { id: string, name: string }, originUnit: { id: string, name: string } };

export type DispatchFieldsFragment = { id: string, parentDispatchId: string | null, round: number, role: DispatchRole, status: DispatchStatus, instructions: string | null, fromUnitId: string, fromName: string, toUnitId: string, sentAt: string, signDeadline: string, handleDeadline: string, signedAt: string | null, signedByName: string | null, refusedAt: string | null, refusalReason: string | null, repliedAt: string | null, repliedByName: string | null, replyText: string | null, replyAttachments: Array<string>, overdue: boolean, closedAt: string | null, closeReason: string | null, closedByName: string | null, version: number, fromUnit: { id: string, name: string }, toUnit: { id: string, name: string } };

export type CaseListQueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CaseListQuery = { cases: { totalCount: number, totalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string, title: string, address: string, status: CaseStatus, priority: CasePriority, source: CaseSource, reportedAt: string, deadline: string | null, categoryText: string | null, categoryItem: { id: string, name: string } | null, areaUnit: { id: string, name: string }, originUnit: { id: string, name: string } } }> } };

export type CaseDetailQueryVariables = Exact<{
  id: string;
}>;


export type CaseDetailQuery = { case: { description: string, attachments: Array<string>, externalId: string | null, reporterName: string, latitude: number | null, longitude: number | null, categoryItemId: string | null, version: number, round: number, id: string, code: string, title: string, address: string, status: CaseStatus, priority: CasePriority, source: CaseSource, reportedAt: string, deadline: string | null, categoryText: string | null, basis: { powerItemId: string, powerItemVersion: number, supervisionDuty: string | null, powerItem: { id: string, code: string, name: string } } | null, dispatches: Array<{ id: string, parentDispatchId: string | null, round: number, role: DispatchRole, status: DispatchStatus, instructions: string | null, fromUnitId: string, fromName: string, toUnitId: string, sentAt: string, signDeadline: string, handleDeadline: string, signedAt: string | null, signedByName: string | null, refusedAt: string | null, refusalReason: string | null, repliedAt: string | null, repliedByName: string | null, replyText: string | null, replyAttachments: Array<string>, overdue: boolean, closedAt: string | null, closeReason: string | null, closedByName: string | null, version: number, basis: { powerItemId: string, powerItemVersion: number, supervisionDuty: string | null, powerItem: { id: string, code: string, name: string } } | null, fromUnit: { id: string, name: string }, toUnit: { id: string, name: string } }>, ratings: Array<{ id: string, dispatchId: string, level: RatingLevel, originalLevel: RatingLevel, comment: string | null, raterName: string, ratedAt: string, ratedUnitId: string, raterUnitId: string }>, reminders: Array<{ id: string, dispatchId: string, message: string, byName: string, createdAt: string }>, appeals: Array<{ id: string, ratingId: string, reason: string, appellantName: string, appellantUnitId: string, appealedAt: string, status: AppealStatus, decisionReason: string | null, decidedByName: string | null, decidedAt: string | null, revisedLevel: RatingLevel | null }>, timeline: Array<{ id: string, kind: CaseEventKind, actorName: string, note: string | null, occurredAt: string, dispatchId: string | null }>, categoryItem: { id: string, name: string } | null, areaUnit: { id: string, name: string }, originUnit: { id: string, name: string } } };

export type SuggestedHandlersQueryVariables = Exact<{
  caseId: string;
  parentDispatchId?: string | null | undefined;
}>;


export type SuggestedHandlersQuery = { suggestedHandlers: Array<{ unitId: string, role: DispatchRole, responsibility: string | null, unit: { id: string, code: string, name: string, kind: UnitKind, parent: { name: string } | null } }> };

export type AcceptCaseMutationVariables = Exact<{
  input: AcceptCaseInput;
}>;


export type AcceptCaseMutation = { acceptCase: { case: { id: string, status: CaseStatus } } };

export type CloseCaseMutationVariables = Exact<{
  input: CloseCaseInput;
}>;


export type CloseCaseMutation = { closeCase: { case: { id: string, status: CaseStatus } } };

export type CancelCaseMutationVariables = Exact<{
  input: CancelCaseInput;
}>;


export type CancelCaseMutation = { cancelCase: { case: { id: string, status: CaseStatus } } };

export type DispatchCaseMutationVariables = Exact<{
  input: DispatchCaseInput;
}>;


export type DispatchCaseMutation = { dispatchCase: { case: { id: string, status: CaseStatus } } };

export type SignDispatchMutationVariables = Exact<{
  input: SignDispatchInput;
}>;


export type SignDispatchMutation = { signDispatch: { dispatch: { id: string, status: DispatchStatus } } };

export type RefuseDispatchMutationVariables = Exact<{
  input: RefuseDispatchInput;
}>;


export type RefuseDispatchMutation = { refuseDispatch: { dispatch: { id: string, status: DispatchStatus } } };

export type ReplyDispatchMutationVariables = Exact<{
  input: ReplyDispatchInput;
}>;


export type ReplyDispatchMutation = { replyDispatch: { dispatch: { id: string, status: DispatchStatus } } };

export type RateDispatchMutationVariables = Exact<{
  input: RateDispatchInput;
}>;


export type RateDispatchMutation = { rateDispatch: { rating: { id: string, level: RatingLevel } } };

export type RemindDispatchMutationVariables = Exact<{
  input: RemindDispatchInput;
}>;


export type RemindDispatchMutation = { remindDispatch: { reminder: { id: string } } };

export type AppealRatingMutationVariables = Exact<{
  input: AppealRatingInput;
}>;


export type AppealRatingMutation = { appealRating: { appeal: { id: string, status: AppealStatus } } };

export type DecideAppealMutationVariables = Exact<{
  input: DecideAppealInput;
}>;


export type DecideAppealMutation = { decideAppeal: { appeal: { id: string, status: AppealStatus } } };

export type OverdueDispatchesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OverdueDispatchesQuery = { overdueDispatches: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { caseId: string, id: string, parentDispatchId: string | null, round: number, role: DispatchRole, status: DispatchStatus, instructions: string | null, fromUnitId: string, fromName: string, toUnitId: string, sentAt: string, signDeadline: string, handleDeadline: string, signedAt: string | null, signedByName: string | null, refusedAt: string | null, refusalReason: string | null, repliedAt: string | null, repliedByName: string | null, replyText: string | null, replyAttachments: Array<string>, overdue: boolean, closedAt: string | null, closeReason: string | null, closedByName: string | null, version: number, fromUnit: { id: string, name: string }, toUnit: { id: string, name: string } } }> } };

export type CaseReopenInfoQueryVariables = Exact<{
  id: string;
}>;


export type CaseReopenInfoQuery = { case: { id: string, status: CaseStatus, round: number, reopenCount: number, closedAt: string | null, reopenableUntil: string | null, version: number, originUnit: { id: string }, visits: Array<{ id: string, round: number, way: VisitWay, satisfaction: RatingLevel, note: string | null, byName: string, visitedAt: string, byUnit: { id: string, name: string } }>, reopenings: Array<{ id: string, round: number, reason: string, byName: string, reopenedAt: string }> } };

export type ReopenCaseMutationVariables = Exact<{
  input: ReopenCaseInput;
}>;


export type ReopenCaseMutation = { reopenCase: { case: { id: string, status: CaseStatus, round: number, version: number } } };

export type RecordCaseVisitMutationVariables = Exact<{
  input: RecordCaseVisitInput;
}>;


export type RecordCaseVisitMutation = { recordCaseVisit: { visit: { id: string, satisfaction: RatingLevel } } };

export type ReportCaseMutationVariables = Exact<{
  input: ReportCaseInput;
}>;


export type ReportCaseMutation = { reportCase: { case: { id: string, code: string, status: CaseStatus } } };

export type MyCasesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyCasesQuery = { cases: { totalCount: number, totalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string, title: string, address: string, status: CaseStatus, reportedAt: string } }> } };

export type CaseCategoriesQueryVariables = Exact<{
  filter: ListItemFilter;
}>;


export type CaseCategoriesQuery = { listItems: { edges: Array<{ node: { id: string, code: string, name: string } }> } };

export type PhoneCaseQueryVariables = Exact<{
  id: string;
}>;


export type PhoneCaseQuery = { case: { id: string, code: string, title: string, description: string, address: string, status: CaseStatus, reportedAt: string, reporterName: string, deadline: string | null, categoryText: string | null, attachments: Array<string>, categoryItem: { id: string, name: string } | null, originUnit: { id: string, name: string }, dispatches: Array<{ id: string, parentDispatchId: string | null, role: DispatchRole, status: DispatchStatus, fromUnitId: string, toUnitId: string, sentAt: string, handleDeadline: string, repliedAt: string | null, replyText: string | null, replyAttachments: Array<string>, refusalReason: string | null, overdue: boolean, closedAt: string | null, fromUnit: { id: string, name: string }, toUnit: { id: string, name: string } }>, timeline: Array<{ id: string, kind: CaseEventKind, actorName: string, occurredAt: string, note: string | null }> } };

export type ClaimStatFieldsFragment = { unitId: string, catalogueSize: number, claimed: number, claimRate: number | null, inspectionItems: number, covered: number, coverage: number | null };

export type ClaimCatalogueQueryVariables = Exact<{
  unitId: string;
}>;


export type ClaimCatalogueQuery = { claimCatalogue: Array<{ catalogueCode: string, name: string, powerType: PowerType, catalogueItemId: string, claimed: boolean, unclaimReason: string | null }> };

export type ClaimStatsQueryVariables = Exact<{
  regionId?: string | null | undefined;
  unitIds?: Array<string | null | undefined> | string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ClaimStatsQuery = { claimStats: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { unitId: string, catalogueSize: number, claimed: number, claimRate: number | null, inspectionItems: number, covered: number, coverage: number | null, unit: { id: string, code: string, name: string } } }> } };

export type ClaimCatalogueItemsMutationVariables = Exact<{
  input: ClaimCatalogueInput;
}>;


export type ClaimCatalogueItemsMutation = { claimCatalogueItems: { changed: number, stat: { unitId: string, catalogueSize: number, claimed: number, claimRate: number | null, inspectionItems: number, covered: number, coverage: number | null } } };

export type UnclaimCatalogueItemsMutationVariables = Exact<{
  input: UnclaimCatalogueInput;
}>;


export type UnclaimCatalogueItemsMutation = { unclaimCatalogueItems: { changed: number, stat: { unitId: string, catalogueSize: number, claimed: number, claimRate: number | null, inspectionItems: number, covered: number, coverage: number | null } } };

export type RecordInspectionMutationVariables = Exact<{
  input: RecordInspectionInput;
}>;


export type RecordInspectionMutation = { recordInspection: { inspection: { id: string, itemId: string, date: string, objectCount: number } } };

export type ComparisonSummaryFragment = { id: string, kind: ComparisonKind, runAt: string, runBy: string, subjectItems: number, referenceItems: number, subjectUnit: { id: string, code: string, name: string }, referenceUnit: { id: string, code: string, name: string } | null };

export type ListComparisonsQueryVariables = Exact<{
  kind?: ComparisonKind | null | undefined;
  first?: number | null | undefined;
}>;


export type ListComparisonsQuery = { listComparisons: Array<{ id: string, kind: ComparisonKind, runAt: string, runBy: string, subjectItems: number, referenceItems: number, rows: Array<{ difference: ComparisonDifference }>, subjectUnit: { id: string, code: string, name: string }, referenceUnit: { id: string, code: string, name: string } | null }> };

export type ListComparisonReportQueryVariables = Exact<{
  id: string;
}>;


export type ListComparisonReportQuery = { listComparison: { id: string, kind: ComparisonKind, runAt: string, runBy: string, subjectItems: number, referenceItems: number, rows: Array<{ seq: number, difference: ComparisonDifference, catalogueCode: string, itemName: string, subjectValue: string | null, referenceValue: string | null, subjectItemId: string | null, referenceItemId: string | null, serviceItemId: string | null }>, subjectUnit: { id: string, code: string, name: string }, referenceUnit: { id: string, code: string, name: string } | null } };

export type RunListComparisonMutationVariables = Exact<{
  input: RunComparisonInput;
}>;


export type RunListComparisonMutation = { runListComparison: { comparison: { id: string } } };

export type RunListFusionMutationVariables = Exact<{
  input: RunFusionInput;
}>;


export type RunListFusionMutation = { runListFusion: { comparison: { id: string } } };

export type DisputeFieldsFragment = { id: string, code: string, rung: DisputeRung, status: DisputeStatus, openedAt: string, resolvedAt: string | null, decision: string | null, leadResponsibility: string | null, boundaryItemId: string | null, leadUnit: { id: string, name: string } | null, cooperating: Array<{ responsibility: string, unit: { id: string, name: string } }>, steps: Array<{ id: string, rung: DisputeRung, kind: DisputeStepKind, actorName: string, note: string | null, participants: string | null, occurredAt: string }>, case: { id: string, code: string, title: string, status: CaseStatus, categoryText: string | null, address: string, areaUnit: { name: string } } };

export type DisputesQueryVariables = Exact<{
  filter?: DisputeFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DisputesQuery = { disputes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string, rung: DisputeRung, status: DisputeStatus, openedAt: string, resolvedAt: string | null, decision: string | null, leadResponsibility: string | null, boundaryItemId: string | null, leadUnit: { id: string, name: string } | null, cooperating: Array<{ responsibility: string, unit: { id: string, name: string } }>, steps: Array<{ id: string, rung: DisputeRung, kind: DisputeStepKind, actorName: string, note: string | null, participants: string | null, occurredAt: string }>, case: { id: string, code: string, title: string, status: CaseStatus, categoryText: string | null, address: string, areaUnit: { name: string } } } }> } };

export type RecordDisputeStepMutationVariables = Exact<{
  input: RecordDisputeStepInput;
}>;


export type RecordDisputeStepMutation = { recordDisputeStep: { dispute: { id: string, code: string, rung: DisputeRung, status: DisputeStatus, openedAt: string, resolvedAt: string | null, decision: string | null, leadResponsibility: string | null, boundaryItemId: string | null, leadUnit: { id: string, name: string } | null, cooperating: Array<{ responsibility: string, unit: { id: string, name: string } }>, steps: Array<{ id: string, rung: DisputeRung, kind: DisputeStepKind, actorName: string, note: string | null, participants: string | null, occurredAt: string }>, case: { id: string, code: string, title: string, status: CaseStatus, categoryText: string | null, address: string, areaUnit: { name: string } } } } };

export type EscalateDisputeMutationVariables = Exact<{
  input: EscalateDisputeInput;
}>;


export type EscalateDisputeMutation = { escalateDispute: { dispute: { id: string, code: string, rung: DisputeRung, status: DisputeStatus, openedAt: string, resolvedAt: string | null, decision: string | null, leadResponsibility: string | null, boundaryItemId: string | null, leadUnit: { id: string, name: string } | null, cooperating: Array<{ responsibility: string, unit: { id: string, name: string } }>, steps: Array<{ id: string, rung: DisputeRung, kind: DisputeStepKind, actorName: string, note: string | null, participants: string | null, occurredAt: string }>, case: { id: string, code: string, title: string, status: CaseStatus, categoryText: string | null, address: string, areaUnit: { name: string } } } } };

export type ResolveDisputeMutationVariables = Exact<{
  input: ResolveDisputeInput;
}>;


export type ResolveDisputeMutation = { resolveDispute: { dispute: { id: string, code: string, rung: DisputeRung, status: DisputeStatus, openedAt: string, resolvedAt: string | null, decision: string | null, leadResponsibility: string | null, boundaryItemId: string | null, leadUnit: { id: string, name: string } | null, cooperating: Array<{ responsibility: string, unit: { id: string, name: string } }>, steps: Array<{ id: string, rung: DisputeRung, kind: DisputeStepKind, actorName: string, note: string | null, participants: string | null, occurredAt: string }>, case: { id: string, code: string, title: string, status: CaseStatus, categoryText: string | null, address: string, areaUnit: { name: string } } } } };

export type EscalationRuleFieldsFragment = { id: string, inherited: boolean, categoryItemId: string | null, categoryItemName: string | null, categoryText: string | null, warnBeforeHours: number, remindAtDeadline: boolean, escalateAfterDays: number | null, version: number, updatedAt: string, updatedByName: string | null };

export type EscalationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type EscalationSettingsQuery = { escalationSettings: { regionUnitId: string, regionName: string, inForceSince: string, districtDefault: { id: string, inherited: boolean, categoryItemId: string | null, categoryItemName: string | null, categoryText: string | null, warnBeforeHours: number, remindAtDeadline: boolean, escalateAfterDays: number | null, version: number, updatedAt: string, updatedByName: string | null }, categoryRules: Array<{ id: string, inherited: boolean, categoryItemId: string | null, categoryItemName: string | null, categoryText: string | null, warnBeforeHours: number, remindAtDeadline: boolean, escalateAfterDays: number | null, version: number, updatedAt: string, updatedByName: string | null }> } };

export type SaveEscalationRuleMutationVariables = Exact<{
  input: SaveEscalationRuleInput;
}>;


export type SaveEscalationRuleMutation = { saveEscalationRule: { rule: { id: string, inherited: boolean, categoryItemId: string | null, categoryItemName: string | null, categoryText: string | null, warnBeforeHours: number, remindAtDeadline: boolean, escalateAfterDays: number | null, version: number, updatedAt: string, updatedByName: string | null } } };

export type RemoveEscalationRuleMutationVariables = Exact<{
  input: RemoveEscalationRuleInput;
}>;


export type RemoveEscalationRuleMutation = { removeEscalationRule: { removedId: string } };

export type EvaluationDrawRowFragment = { id: string, roundId: string, roundName: string, status: DrawStatus, kOffice: number, inspectorsPerUnit: number, frozenHash: string | null, seed: string | null, seedGenerated: boolean, cancelReason: string | null, createdByName: string, createdAt: string, frozenAt: string | null, seededAt: string | null, drawnAt: string | null, cancelledAt: string | null, version: number, strata: Array<{ stratum: string, k: number }> };

export type EvaluationDrawDetailFragment = { id: string, roundId: string, roundName: string, status: DrawStatus, kOffice: number, inspectorsPerUnit: number, frozenHash: string | null, seed: string | null, seedGenerated: boolean, cancelReason: string | null, createdByName: string, createdAt: string, frozenAt: string | null, seededAt: string | null, drawnAt: string | null, cancelledAt: string | null, version: number, candidates: Array<{ stratum: string, k: number, candidates: Array<{ code: string, name: string }> }>, units: Array<{ stratum: string, unitId: string, code: string, name: string, rank: number, hash: string }>, offices: Array<{ unitCode: string, code: string, name: string, rank: number, hash: string }>, inspectors: Array<{ unitCode: string, code: string, name: string, rank: number, hash: string }>, strata: Array<{ stratum: string, k: number }> };

export type DrawInspectorRowFragment = { id: string, code: string, name: string, unitId: string, unitCode: string, unitName: string, pastUnitIds: Array<string>, active: boolean, version: number, pastUnits: Array<{ code: string, name: string }> };

export type EvaluationDrawsQueryVariables = Exact<{
  roundId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EvaluationDrawsQuery = { evaluationDraws: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, roundId: string, roundName: string, status: DrawStatus, kOffice: number, inspectorsPerUnit: number, frozenHash: string | null, seed: string | null, seedGenerated: boolean, cancelReason: string | null, createdByName: string, createdAt: string, frozenAt: string | null, seededAt: string | null, drawnAt: string | null, cancelledAt: string | null, version: number, strata: Array<{ stratum: string, k: number }> } }> } };

export type EvaluationDrawQueryVariables = Exact<{
  id: string;
}>;


export type EvaluationDrawQuery = { evaluationDraw: { id: string, roundId: string, roundName: string, status: DrawStatus, kOffice: number, inspectorsPerUnit: number, frozenHash: string | null, seed: string | null, seedGenerated: boolean, cancelReason: string | null, createdByName: string, createdAt: string, frozenAt: string | null, seededAt: string | null, drawnAt: string | null, cancelledAt: string | null, version: number, candidates: Array<{ stratum: string, k: number, candidates: Array<{ code: string, name: string }> }>, units: Array<{ stratum: string, unitId: string, code: string, name: string, rank: number, hash: string }>, offices: Array<{ unitCode: string, code: string, name: string, rank: number, hash: string }>, inspectors: Array<{ unitCode: string, code: string, name: string, rank: number, hash: string }>, strata: Array<{ stratum: string, k: number }> } };

export type VerifyDrawQueryVariables = Exact<{
  id: string;
}>;


export type VerifyDrawQuery = { verifyDraw: { drawId: string, consistent: boolean, hashMatches: boolean, storedHash: string | null, recomputedHash: string | null, canonicalText: string | null, steps: Array<{ kind: string, stratum: string, unitCode: string | null, matches: boolean, storedCodes: Array<string>, ranked: Array<{ code: string, name: string, hash: string, rank: number, taken: boolean }> }> } };

export type DrawInspectorsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DrawInspectorsQuery = { drawInspectors: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string, name: string, unitId: string, unitCode: string, unitName: string, pastUnitIds: Array<string>, active: boolean, version: number, pastUnits: Array<{ code: string, name: string }> } }> } };

export type CreateEvaluationDrawMutationVariables = Exact<{
  input: CreateEvaluationDrawInput;
}>;


export type CreateEvaluationDrawMutation = { createEvaluationDraw: { draw: { id: string, roundId: string, roundName: string, status: DrawStatus, kOffice: number, inspectorsPerUnit: number, frozenHash: string | null, seed: string | null, seedGenerated: boolean, cancelReason: string | null, createdByName: string, createdAt: string, frozenAt: string | null, seededAt: string | null, drawnAt: string | null, cancelledAt: string | null, version: number, strata: Array<{ stratum: string, k: number }> } } };

export type FreezeEvaluationDrawMutationVariables = Exact<{
  input: EvaluationDrawStepInput;
}>;


export type FreezeEvaluationDrawMutation = { freezeEvaluationDraw: { draw: { id: string, roundId: string, roundName: string, status: DrawStatus, kOffice: number, inspectorsPerUnit: number, frozenHash: string | null, seed: string | null, seedGenerated: boolean, cancelReason: string | null, createdByName: string, createdAt: string, frozenAt: string | null, seededAt: string | null, drawnAt: string | null, cancelledAt: string | null, version: number, strata: Array<{ stratum: string, k: number }> } } };

export type SeedEvaluationDrawMutationVariables = Exact<{
  input: SeedEvaluationDrawInput;
}>;


export type SeedEvaluationDrawMutation = { seedEvaluationDraw: { draw: { id: string, roundId: string, roundName: string, status: DrawStatus, kOffice: number, inspectorsPerUnit: number, frozenHash: string | null, seed: string | null, seedGenerated: boolean, cancelReason: string | null, createdByName: string, createdAt: string, frozenAt: string | null, seededAt: string | null, drawnAt: string | null, cancelledAt: string | null, version: number, strata: Array<{ stratum: string, k: number }> } } };

export type RunEvaluationDrawMutationVariables = Exact<{
  input: EvaluationDrawStepInput;
}>;


export type RunEvaluationDrawMutation = { runEvaluationDraw: { draw: { id: string, roundId: string, roundName: string, status: DrawStatus, kOffice: number, inspectorsPerUnit: number, frozenHash: string | null, seed: string | null, seedGenerated: boolean, cancelReason: string | null, createdByName: string, createdAt: string, frozenAt: string | null, seededAt: string | null, drawnAt: string | null, cancelledAt: string | null, version: number, strata: Array<{ stratum: string, k: number }> } } };

export type CancelEvaluationDrawMutationVariables = Exact<{
  input: CancelEvaluationDrawInput;
}>;


export type CancelEvaluationDrawMutation = { cancelEvaluationDraw: { draw: { id: string, roundId: string, roundName: string, status: DrawStatus, kOffice: number, inspectorsPerUnit: number, frozenHash: string | null, seed: string | null, seedGenerated: boolean, cancelReason: string | null, createdByName: string, createdAt: string, frozenAt: string | null, seededAt: string | null, drawnAt: string | null, cancelledAt: string | null, version: number, strata: Array<{ stratum: string, k: number }> } } };

export type SaveDrawInspectorMutationVariables = Exact<{
  input: SaveDrawInspectorInput;
}>;


export type SaveDrawInspectorMutation = { saveDrawInspector: { inspector: { id: string, code: string, name: string, unitId: string, unitCode: string, unitName: string, pastUnitIds: Array<string>, active: boolean, version: number, pastUnits: Array<{ code: string, name: string }> } } };

export type DrawRoundCategoriesQueryVariables = Exact<{
  id: string;
}>;


export type DrawRoundCategoriesQuery = { evaluationRound: { id: string, name: string, units: Array<{ category: EvaluationCategory }> } };

export type FieldworkLetterRowFragment = { id: string, roundId: string, unitId: string, letterNo: string, subject: string, questions: Array<string>, replyDueOn: string, issuedAt: string, issuedByName: string, replyText: string | null, repliedAt: string | null, repliedByName: string | null, overdue: boolean, pdfPath: string, version: number, unit: { id: string, name: string }, addressee: { id: string, name: string }, replyFiles: Array<{ id: string, fileName: string, sizeBytes: number }> };

export type FieldworkReportRowFragment = { id: string, status: ReportStatus, body: string, submittedAt: string | null, reviewComment: string | null, reviewedAt: string | null, reviewedByName: string | null, updatedByName: string, updatedAt: string, version: number, files: Array<{ id: string, fileName: string, sizeBytes: number }> };

export type FieldworkSymposiumRowFragment = { id: string, heldOn: string, place: string, recordedByName: string, updatedAt: string, version: number, attendees: Array<{ name: string, position: string }>, points: Array<{ text: string, problemId: string | null }>, talks: Array<{ person: string, position: string, summary: string }> };

export type FieldworkProgressQueryVariables = Exact<{
  roundId: string;
}>;


export type FieldworkProgressQuery = { fieldworkProgress: Array<{ reportStatus: ReportStatus | null, lettersSent: number, lettersReplied: number, lettersOverdue: number, symposiumRecorded: boolean, unit: { id: string, code: string, name: string } }> };

export type FieldworkUnitQueryVariables = Exact<{
  roundId: string;
  unitId: string;
}>;


export type FieldworkUnitQuery = { fieldworkUnit: { roundId: string, roundName: string, canRecord: boolean, canWriteReport: boolean, unit: { id: string, code: string, name: string }, report: { id: string, status: ReportStatus, body: string, submittedAt: string | null, reviewComment: string | null, reviewedAt: string | null, reviewedByName: string | null, updatedByName: string, updatedAt: string, version: number, files: Array<{ id: string, fileName: string, sizeBytes: number }> } | null, letters: Array<{ id: string, roundId: string, unitId: string, letterNo: string, subject: string, questions: Array<string>, replyDueOn: string, issuedAt: string, issuedByName: string, replyText: string | null, repliedAt: string | null, repliedByName: string | null, overdue: boolean, pdfPath: string, version: number, unit: { id: string, name: string }, addressee: { id: string, name: string }, replyFiles: Array<{ id: string, fileName: string, sizeBytes: number }> }>, symposium: { id: string, heldOn: string, place: string, recordedByName: string, updatedAt: string, version: number, attendees: Array<{ name: string, position: string }>, points: Array<{ text: string, problemId: string | null }>, talks: Array<{ person: string, position: string, summary: string }> } | null } };

export type FieldworkInquiryLettersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FieldworkInquiryLettersQuery = { fieldworkInquiryLetters: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, roundId: string, unitId: string, letterNo: string, subject: string, questions: Array<string>, replyDueOn: string, issuedAt: string, issuedByName: string, replyText: string | null, repliedAt: string | null, repliedByName: string | null, overdue: boolean, pdfPath: string, version: number, unit: { id: string, name: string }, addressee: { id: string, name: string }, replyFiles: Array<{ id: string, fileName: string, sizeBytes: number }> } }> } };

export type FieldworkInquiryLetterQueryVariables = Exact<{
  id: string;
}>;


export type FieldworkInquiryLetterQuery = { fieldworkInquiryLetter: { id: string, roundId: string, unitId: string, letterNo: string, subject: string, questions: Array<string>, replyDueOn: string, issuedAt: string, issuedByName: string, replyText: string | null, repliedAt: string | null, repliedByName: string | null, overdue: boolean, pdfPath: string, version: number, unit: { id: string, name: string }, addressee: { id: string, name: string }, replyFiles: Array<{ id: string, fileName: string, sizeBytes: number }> } };

export type SaveFieldworkReportMutationVariables = Exact<{
  input: SaveFieldworkReportInput;
}>;


export type SaveFieldworkReportMutation = { saveFieldworkReport: { report: { id: string, status: ReportStatus, body: string, submittedAt: string | null, reviewComment: string | null, reviewedAt: string | null, reviewedByName: string | null, updatedByName: string, updatedAt: string, version: number, files: Array<{ id: string, fileName: string, sizeBytes: number }> } } };

export type SubmitFieldworkReportMutationVariables = Exact<{
  input: SubmitFieldworkReportInput;
}>;


export type SubmitFieldworkReportMutation = { submitFieldworkReport: { report: { id: string, status: ReportStatus, body: string, submittedAt: string | null, reviewComment: string | null, reviewedAt: string | null, reviewedByName: string | null, updatedByName: string, updatedAt: string, version: number, files: Array<{ id: string, fileName: string, sizeBytes: number }> } } };

export type ReviewFieldworkReportMutationVariables = Exact<{
  input: ReviewFieldworkReportInput;
}>;


export type ReviewFieldworkReportMutation = { reviewFieldworkReport: { problemsRaised: number, report: { id: string, status: ReportStatus, body: string, submittedAt: string | null, reviewComment: string | null, reviewedAt: string | null, reviewedByName: string | null, updatedByName: string, updatedAt: string, version: number, files: Array<{ id: string, fileName: string, sizeBytes: number }> } } };

export type IssueFieldworkInquiryLetterMutationVariables = Exact<{
  input: IssueFieldworkInquiryLetterInput;
}>;


export type IssueFieldworkInquiryLetterMutation = { issueFieldworkInquiryLetter: { letter: { id: string, roundId: string, unitId: string, letterNo: string, subject: string, questions: Array<string>, replyDueOn: string, issuedAt: string, issuedByName: string, replyText: string | null, repliedAt: string | null, repliedByName: string | null, overdue: boolean, pdfPath: string, version: number, unit: { id: string, name: string }, addressee: { id: string, name: string }, replyFiles: Array<{ id: string, fileName: string, sizeBytes: number }> } } };

export type ReplyFieldworkInquiryLetterMutationVariables = Exact<{
  input: ReplyFieldworkInquiryLetterInput;
}>;


export type ReplyFieldworkInquiryLetterMutation = { replyFieldworkInquiryLetter: { letter: { id: string, roundId: string, unitId: string, letterNo: string, subject: string, questions: Array<string>, replyDueOn: string, issuedAt: string, issuedByName: string, replyText: string | null, repliedAt: string | null, repliedByName: string | null, overdue: boolean, pdfPath: string, version: number, unit: { id: string, name: string }, addressee: { id: string, name: string }, replyFiles: Array<{ id: string, fileName: string, sizeBytes: number }> } } };

export type RaiseFieldworkInquiryProblemMutationVariables = Exact<{
  input: RaiseFieldworkInquiryProblemInput;
}>;


export type RaiseFieldworkInquiryProblemMutation = { raiseFieldworkInquiryProblem: { problemId: string } };

export type RecordFieldworkSymposiumMutationVariables = Exact<{
  input: RecordFieldworkSymposiumInput;
}>;


export type RecordFieldworkSymposiumMutation = { recordFieldworkSymposium: { problemsRaised: number, symposium: { id: string, heldOn: string, place: string, recordedByName: string, updatedAt: string, version: number, attendees: Array<{ name: string, position: string }>, points: Array<{ text: string, problemId: string | null }>, talks: Array<{ person: string, position: string, summary: string }> } } };

export type EvaluationFormListRowFragment = { id: string, form: SubmissionForm, status: SubmissionStatus, dueAt: string, locksAt: string, submittedAt: string | null, late: boolean, unit: { id: string, name: string } };

export type EvaluationFormDetailFragment = { id: string, roundId: string, draftVersion: number, savedAt: string | null, savedByName: string | null, editable: boolean, reviewable: boolean, submission: { id: string, form: SubmissionForm, status: SubmissionStatus, dueAt: string, locksAt: string, submittedAt: string | null, submittedByName: string | null, reviewComment: string | null, late: boolean, version: number, unit: { id: string, name: string } }, content: { operations: Array<{ goalId: string, goalTitle: string, target: string | null, done: string | null, figure: string | null, met: boolean | null, selfScore: string | null, files: Array<{ id: string, fileName: string, sizeBytes: number }> }>, boundaries: Array<{ listItemId: string, itemCode: string, itemName: string, role: BoundaryRole, performance: string | null, casesHandled: number, caseCodes: Array<string>, problems: string | null }>, suggestions: Array<{ kind: SuggestionKind, fromOfficeId: string | null, fromOfficeName: string | null, toOfficeId: string | null, toOfficeName: string | null, dutyItemId: string | null, dutyName: string, reason: string }> }, versions: Array<{ id: string, seq: number, submittedAt: string, submittedByName: string, late: boolean, decision: FormDecision | null, reviewComment: string | null, indicatorCode: string | null, reviewedAt: string | null, reviewedByName: string | null, rowComments: Array<{ row: number, comment: string }>, content: { operations: Array<{ goalId: string, goalTitle: string, target: string | null, done: string | null, figure: string | null, met: boolean | null, selfScore: string | null, files: Array<{ id: string, fileName: string, sizeBytes: number }> }>, boundaries: Array<{ listItemId: string, itemCode: string, itemName: string, role: BoundaryRole, performance: string | null, casesHandled: number, caseCodes: Array<string>, problems: string | null }>, suggestions: Array<{ kind: SuggestionKind, fromOfficeId: string | null, fromOfficeName: string | null, toOfficeId: string | null, toOfficeName: string | null, dutyItemId: string | null, dutyName: string, reason: string }> } }>, offices: Array<{ id: string, name: string, duties: Array<{ itemId: string, code: string, name: string, version: number }> }> };

export type EvaluationFormRowsFragment = { operations: Array<{ goalId: string, goalTitle: string, target: string | null, done: string | null, figure: string | null, met: boolean | null, selfScore: string | null, files: Array<{ id: string, fileName: string, sizeBytes: number }> }>, boundaries: Array<{ listItemId: string, itemCode: string, itemName: string, role: BoundaryRole, performance: string | null, casesHandled: number, caseCodes: Array<string>, problems: string | null }>, suggestions: Array<{ kind: SuggestionKind, fromOfficeId: string | null, fromOfficeName: string | null, toOfficeId: string | null, toOfficeName: string | null, dutyItemId: string | null, dutyName: string, reason: string }> };

export type EvaluationFormsQueryVariables = Exact<{
  roundId: string;
  form?: SubmissionForm | null | undefined;
  status?: SubmissionStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EvaluationFormsQuery = { evaluationForms: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, form: SubmissionForm, status: SubmissionStatus, dueAt: string, locksAt: string, submittedAt: string | null, late: boolean, unit: { id: string, name: string } } }> } };

export type EvaluationFormQueryVariables = Exact<{
  id: string;
}>;


export type EvaluationFormQuery = { evaluationForm: { id: string, roundId: string, draftVersion: number, savedAt: string | null, savedByName: string | null, editable: boolean, reviewable: boolean, submission: { id: string, form: SubmissionForm, status: SubmissionStatus, dueAt: string, locksAt: string, submittedAt: string | null, submittedByName: string | null, reviewComment: string | null, late: boolean, version: number, unit: { id: string, name: string } }, content: { operations: Array<{ goalId: string, goalTitle: string, target: string | null, done: string | null, figure: string | null, met: boolean | null, selfScore: string | null, files: Array<{ id: string, fileName: string, sizeBytes: number }> }>, boundaries: Array<{ listItemId: string, itemCode: string, itemName: string, role: BoundaryRole, performance: string | null, casesHandled: number, caseCodes: Array<string>, problems: string | null }>, suggestions: Array<{ kind: SuggestionKind, fromOfficeId: string | null, fromOfficeName: string | null, toOfficeId: string | null, toOfficeName: string | null, dutyItemId: string | null, dutyName: string, reason: string }> }, versions: Array<{ id: string, seq: number, submittedAt: string, submittedByName: string, late: boolean, decision: FormDecision | null, reviewComment: string | null, indicatorCode: string | null, reviewedAt: string | null, reviewedByName: string | null, rowComments: Array<{ row: number, comment: string }>, content: { operations: Array<{ goalId: string, goalTitle: string, target: string | null, done: string | null, figure: string | null, met: boolean | null, selfScore: string | null, files: Array<{ id: string, fileName: string, sizeBytes: number }> }>, boundaries: Array<{ listItemId: string, itemCode: string, itemName: string, role: BoundaryRole, performance: string | null, casesHandled: number, caseCodes: Array<string>, problems: string | null }>, suggestions: Array<{ kind: SuggestionKind, fromOfficeId: string | null, fromOfficeName: string | null, toOfficeId: string | null, toOfficeName: string | null, dutyItemId: string | null, dutyName: string, reason: string }> } }>, offices: Array<{ id: string, name: string, duties: Array<{ itemId: string, code: string, name: string, version: number }> }> } };

export type SaveEvaluationFormMutationVariables = Exact<{
  input: SaveEvaluationFormInput;
}>;


export type SaveEvaluationFormMutation = { saveEvaluationForm: { form: { id: string, roundId: string, draftVersion: number, savedAt: string | null, savedByName: string | null, editable: boolean, reviewable: boolean, submission: { id: string, form: SubmissionForm, status: SubmissionStatus, dueAt: string, locksAt: string, submittedAt: string | null, submittedByName: string | null, reviewComment: string | null, late: boolean, version: number, unit: { id: string, name: string } }, content: { operations: Array<{ goalId: string, goalTitle: string, target: string | null, done: string | null, figure: string | null, met: boolean | null, selfScore: string | null, files: Array<{ id: string, fileName: string, sizeBytes: number }> }>, boundaries: Array<{ listItemId: string, itemCode: string, itemName: string, role: BoundaryRole, performance: string | null, casesHandled: number, caseCodes: Array<string>, problems: string | null }>, suggestions: Array<{ kind: SuggestionKind, fromOfficeId: string | null, fromOfficeName: string | null, toOfficeId: string | null, toOfficeName: string | null, dutyItemId: string | null, dutyName: string, reason: string }> }, versions: Array<{ id: string, seq: number, submittedAt: string, submittedByName: string, late: boolean, decision: FormDecision | null, reviewComment: string | null, indicatorCode: string | null, reviewedAt: string | null, reviewedByName: string | null, rowComments: Array<{ row: number, comment: string }>, content: { operations: Array<{ goalId: string, goalTitle: string, target: string | null, done: string | null, figure: string | null, met: boolean | null, selfScore: string | null, files: Array<{ id: string, fileName: string, sizeBytes: number }> }>, boundaries: Array<{ listItemId: string, itemCode: string, itemName: string, role: BoundaryRole, performance: string | null, casesHandled: number, caseCodes: Array<string>, problems: string | null }>, suggestions: Array<{ kind: SuggestionKind, fromOfficeId: string | null, fromOfficeName: string | null, toOfficeId: string | null, toOfficeName: string | null, dutyItemId: string | null, dutyName: string, reason: string }> } }>, offices: Array<{ id: string, name: string, duties: Array<{ itemId: string, code: string, name: string, version: number }> }> } } };

export type SubmitEvaluationFormDraftMutationVariables = Exact<{
  input: SubmitEvaluationFormDraftInput;
}>;


export type SubmitEvaluationFormDraftMutation = { submitEvaluationFormDraft: { form: { id: string, roundId: string, draftVersion: number, savedAt: string | null, savedByName: string | null, editable: boolean, reviewable: boolean, submission: { id: string, form: SubmissionForm, status: SubmissionStatus, dueAt: string, locksAt: string, submittedAt: string | null, submittedByName: string | null, reviewComment: string | null, late: boolean, version: number, unit: { id: string, name: string } }, content: { operations: Array<{ goalId: string, goalTitle: string, target: string | null, done: string | null, figure: string | null, met: boolean | null, selfScore: string | null, files: Array<{ id: string, fileName: string, sizeBytes: number }> }>, boundaries: Array<{ listItemId: string, itemCode: string, itemName: string, role: BoundaryRole, performance: string | null, casesHandled: number, caseCodes: Array<string>, problems: string | null }>, suggestions: Array<{ kind: SuggestionKind, fromOfficeId: string | null, fromOfficeName: string | null, toOfficeId: string | null, toOfficeName: string | null, dutyItemId: string | null, dutyName: string, reason: string }> }, versions: Array<{ id: string, seq: number, submittedAt: string, submittedByName: string, late: boolean, decision: FormDecision | null, reviewComment: string | null, indicatorCode: string | null, reviewedAt: string | null, reviewedByName: string | null, rowComments: Array<{ row: number, comment: string }>, content: { operations: Array<{ goalId: string, goalTitle: string, target: string | null, done: string | null, figure: string | null, met: boolean | null, selfScore: string | null, files: Array<{ id: string, fileName: string, sizeBytes: number }> }>, boundaries: Array<{ listItemId: string, itemCode: string, itemName: string, role: BoundaryRole, performance: string | null, casesHandled: number, caseCodes: Array<string>, problems: string | null }>, suggestions: Array<{ kind: SuggestionKind, fromOfficeId: string | null, fromOfficeName: string | null, toOfficeId: string | null, toOfficeName: string | null, dutyItemId: string | null, dutyName: string, reason: string }> } }>, offices: Array<{ id: string, name: string, duties: Array<{ itemId: string, code: string, name: string, version: number }> }> } } };

export type ReviewEvaluationFormMutationVariables = Exact<{
  input: ReviewEvaluationFormInput;
}>;


export type ReviewEvaluationFormMutation = { reviewEvaluationForm: { problemIds: Array<string>, listChangeIds: Array<string>, form: { id: string, roundId: string, draftVersion: number, savedAt: string | null, savedByName: string | null, editable: boolean, reviewable: boolean, submission: { id: string, form: SubmissionForm, status: SubmissionStatus, dueAt: string, locksAt: string, submittedAt: string | null, submittedByName: string | null, reviewComment: string | null, late: boolean, version: number, unit: { id: string, name: string } }, content: { operations: Array<{ goalId: string, goalTitle: string, target: string | null, done: string | null, figure: string | null, met: boolean | null, selfScore: string | null, files: Array<{ id: string, fileName: string, sizeBytes: number }> }>, boundaries: Array<{ listItemId: string, itemCode: string, itemName: string, role: BoundaryRole, performance: string | null, casesHandled: number, caseCodes: Array<string>, problems: string | null }>, suggestions: Array<{ kind: SuggestionKind, fromOfficeId: string | null, fromOfficeName: string | null, toOfficeId: string | null, toOfficeName: string | null, dutyItemId: string | null, dutyName: string, reason: string }> }, versions: Array<{ id: string, seq: number, submittedAt: string, submittedByName: string, late: boolean, decision: FormDecision | null, reviewComment: string | null, indicatorCode: string | null, reviewedAt: string | null, reviewedByName: string | null, rowComments: Array<{ row: number, comment: string }>, content: { operations: Array<{ goalId: string, goalTitle: string, target: string | null, done: string | null, figure: string | null, met: boolean | null, selfScore: string | null, files: Array<{ id: string, fileName: string, sizeBytes: number }> }>, boundaries: Array<{ listItemId: string, itemCode: string, itemName: string, role: BoundaryRole, performance: string | null, casesHandled: number, caseCodes: Array<string>, problems: string | null }>, suggestions: Array<{ kind: SuggestionKind, fromOfficeId: string | null, fromOfficeName: string | null, toOfficeId: string | null, toOfficeName: string | null, dutyItemId: string | null, dutyName: string, reason: string }> } }>, offices: Array<{ id: string, name: string, duties: Array<{ itemId: string, code: string, name: string, version: number }> }> } } };

export type GoalRowFragment = { id: string, unitId: string, year: number, ordinal: number, title: string, status: GoalStatus, version: number, targetKind: TargetKind, targetQuantity: string | null, targetUnit: string | null, targetText: string | null, reviewComment: string | null, reviewedByName: string | null, reviewedAt: string | null, submittedAt: string | null, publishedAt: string | null, dutyId: string | null, officeId: string | null, powerItemId: string | null, powerItem: { id: string, code: string, name: string } | null, unit: { id: string, code: string, name: string }, duty: { id: string, ordinal: number, text: string } | null, office: { id: string, name: string } | null, milestones: Array<{ id: string, quarter: number, description: string, dueOn: string, dueQuantity: string | null }> };

export type GoalDetailFragment = { id: string, unitId: string, year: number, ordinal: number, title: string, status: GoalStatus, version: number, targetKind: TargetKind, targetQuantity: string | null, targetUnit: string | null, targetText: string | null, reviewComment: string | null, reviewedByName: string | null, reviewedAt: string | null, submittedAt: string | null, publishedAt: string | null, dutyId: string | null, officeId: string | null, powerItemId: string | null, progress: Array<{ id: string, milestoneId: string, report: string, quantityReached: string | null, reportedByName: string, reportedAt: string, files: Array<{ id: string, fileName: string, sizeBytes: number }> }>, verifications: Array<{ id: string, milestoneId: string | null, verifiedOn: string, people: string, methods: Array<VerificationMethod>, findings: string, result: VerificationResult, recordedByName: string }>, powerItem: { id: string, code: string, name: string } | null, unit: { id: string, code: string, name: string }, duty: { id: string, ordinal: number, text: string } | null, office: { id: string, name: string } | null, milestones: Array<{ id: string, quarter: number, description: string, dueOn: string, dueQuantity: string | null }> };

export type DutyGoalsQueryVariables = Exact<{
  filter?: DutyGoalFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DutyGoalsQuery = { dutyGoals: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, unitId: string, year: number, ordinal: number, title: string, status: GoalStatus, version: number, targetKind: TargetKind, targetQuantity: string | null, targetUnit: string | null, targetText: string | null, reviewComment: string | null, reviewedByName: string | null, reviewedAt: string | null, submittedAt: string | null, publishedAt: string | null, dutyId: string | null, officeId: string | null, powerItemId: string | null, powerItem: { id: string, code: string, name: string } | null, unit: { id: string, code: string, name: string }, duty: { id: string, ordinal: number, text: string } | null, office: { id: string, name: string } | null, milestones: Array<{ id: string, quarter: number, description: string, dueOn: string, dueQuantity: string | null }> } }> } };

export type DutyGoalQueryVariables = Exact<{
  id: string;
}>;


export type DutyGoalQuery = { dutyGoal: { id: string, unitId: string, year: number, ordinal: number, title: string, status: GoalStatus, version: number, targetKind: TargetKind, targetQuantity: string | null, targetUnit: string | null, targetText: string | null, reviewComment: string | null, reviewedByName: string | null, reviewedAt: string | null, submittedAt: string | null, publishedAt: string | null, dutyId: string | null, officeId: string | null, powerItemId: string | null, progress: Array<{ id: string, milestoneId: string, report: string, quantityReached: string | null, reportedByName: string, reportedAt: string, files: Array<{ id: string, fileName: string, sizeBytes: number }> }>, verifications: Array<{ id: string, milestoneId: string | null, verifiedOn: string, people: string, methods: Array<VerificationMethod>, findings: string, result: VerificationResult, recordedByName: string }>, powerItem: { id: string, code: string, name: string } | null, unit: { id: string, code: string, name: string }, duty: { id: string, ordinal: number, text: string } | null, office: { id: string, name: string } | null, milestones: Array<{ id: string, quarter: number, description: string, dueOn: string, dueQuantity: string | null }> } };

export type GoalCoverageQueryVariables = Exact<{
  year: number;
  unitId?: string | null | undefined;
}>;


export type GoalCoverageQuery = { goalCoverage: Array<{ dutyCount: number, coveredDutyCount: number, goalCount: number, unit: { id: string, code: string, name: string }, uncoveredDuties: Array<{ id: string, ordinal: number, text: string }>, goalsWithoutDuty: Array<{ id: string, title: string, status: GoalStatus }> }> };

export type DraftDutyGoalMutationVariables = Exact<{
  input: DraftDutyGoalInput;
}>;


export type DraftDutyGoalMutation = { draftDutyGoal: { goal: { id: string, unitId: string, year: number, ordinal: number, title: string, status: GoalStatus, version: number, targetKind: TargetKind, targetQuantity: string | null, targetUnit: string | null, targetText: string | null, reviewComment: string | null, reviewedByName: string | null, reviewedAt: string | null, submittedAt: string | null, publishedAt: string | null, dutyId: string | null, officeId: string | null, powerItemId: string | null, powerItem: { id: string, code: string, name: string } | null, unit: { id: string, code: string, name: string }, duty: { id: string, ordinal: number, text: string } | null, office: { id: string, name: string } | null, milestones: Array<{ id: string, quarter: number, description: string, dueOn: string, dueQuantity: string | null }> } } };

export type UpdateDutyGoalMutationVariables = Exact<{
  input: UpdateDutyGoalInput;
}>;


export type UpdateDutyGoalMutation = { updateDutyGoal: { goal: { id: string, unitId: string, year: number, ordinal: number, title: string, status: GoalStatus, version: number, targetKind: TargetKind, targetQuantity: string | null, targetUnit: string | null, targetText: string | null, reviewComment: string | null, reviewedByName: string | null, reviewedAt: string | null, submittedAt: string | null, publishedAt: string | null, dutyId: string | null, officeId: string | null, powerItemId: string | null, powerItem: { id: string, code: string, name: string } | null, unit: { id: string, code: string, name: string }, duty: { id: string, ordinal: number, text: string } | null, office: { id: string, name: string } | null, milestones: Array<{ id: string, quarter: number, description: string, dueOn: string, dueQuantity: string | null }> } } };

export type DeleteDutyGoalMutationVariables = Exact<{
  input: GoalVersionInput;
}>;


export type DeleteDutyGoalMutation = { deleteDutyGoal: { deletedId: string } };

export type SubmitDutyGoalMutationVariables = Exact<{
  input: GoalVersionInput;
}>;


export type SubmitDutyGoalMutation = { submitDutyGoal: { goal: { id: string, unitId: string, year: number, ordinal: number, title: string, status: GoalStatus, version: number, targetKind: TargetKind, targetQuantity: string | null, targetUnit: string | null, targetText: string | null, reviewComment: string | null, reviewedByName: string | null, reviewedAt: string | null, submittedAt: string | null, publishedAt: string | null, dutyId: string | null, officeId: string | null, powerItemId: string | null, powerItem: { id: string, code: string, name: string } | null, unit: { id: string, code: string, name: string }, duty: { id: string, ordinal: number, text: string } | null, office: { id: string, name: string } | null, milestones: Array<{ id: string, quarter: number, description: string, dueOn: string, dueQuantity: string | null }> } } };

export type SubmitDutyGoalsMutationVariables = Exact<{
  input: SubmitYearGoalsInput;
}>;


export type SubmitDutyGoalsMutation = { submitDutyGoals: { goals: Array<{ id: string, status: GoalStatus }> } };

export type ReviewDutyGoalMutationVariables = Exact<{
  input: ReviewDutyGoalInput;
}>;


export type ReviewDutyGoalMutation = { reviewDutyGoal: { goal: { id: string, unitId: string, year: number, ordinal: number, title: string, status: GoalStatus, version: number, targetKind: TargetKind, targetQuantity: string | null, targetUnit: string | null, targetText: string | null, reviewComment: string | null, reviewedByName: string | null, reviewedAt: string | null, submittedAt: string | null, publishedAt: string | null, dutyId: string | null, officeId: string | null, powerItemId: string | null, powerItem: { id: string, code: string, name: string } | null, unit: { id: string, code: string, name: string }, duty: { id: string, ordinal: number, text: string } | null, office: { id: string, name: string } | null, milestones: Array<{ id: string, quarter: number, description: string, dueOn: string, dueQuantity: string | null }> } } };

export type PublishDutyGoalsMutationVariables = Exact<{
  input: PublishDutyGoalsInput;
}>;


export type PublishDutyGoalsMutation = { publishDutyGoals: { published: number, notYetAccepted: number } };

export type ReportGoalProgressMutationVariables = Exact<{
  input: ReportGoalProgressInput;
}>;


export type ReportGoalProgressMutation = { reportGoalProgress: { progress: { id: string } } };

export type RecordGoalVerificationMutationVariables = Exact<{
  input: RecordGoalVerificationInput;
}>;


export type RecordGoalVerificationMutation = { recordGoalVerification: { verification: { id: string } } };

export type LedgerRowFragment = { id: string, version: number, state: LedgerState, unitId: string, roundId: string | null, roundName: string | null, sourceKind: string, indicatorCode: string | null, description: string, dueOn: string, daysLate: number | null, overdue: boolean, daysOverdue: number, failedVerifications: number, openedAt: string, unit: { id: string, code: string, name: string } };

export type LedgerDetailFragment = { sourceId: string | null, goalId: string | null, listItemId: string | null, caseId: string | null, dutyId: string | null, trackingRectificationId: string | null, dueWorkingDays: number, openedByName: string, evidence: string | null, rectifiedAt: string | null, rectifiedByName: string | null, verifiedAt: string | null, verifiedByName: string | null, rating: LedgerRating | null, closedAt: string | null, closedByName: string | null, id: string, version: number, state: LedgerState, unitId: string, roundId: string | null, roundName: string | null, sourceKind: string, indicatorCode: string | null, description: string, dueOn: string, daysLate: number | null, overdue: boolean, daysOverdue: number, failedVerifications: number, openedAt: string, goal: { id: string, year: number, title: string } | null, indicator: { code: string, name: string } | null, listItem: { id: string, kind: ListKind, code: string, name: string } | null, case: { id: string, code: string, title: string } | null, duty: { id: string, unitId: string, text: string } | null, source: { kind: ProblemSource, id: string | null, formId: string | null }, actions: Array<{ id: string, description: string, done: boolean, doneAt: string | null, doneByName: string | null }>, events: Array<{ id: string, kind: LedgerEventKind, at: string, byName: string, note: string | null, rating: LedgerRating | null }>, extensions: Array<{ id: string, status: ExtensionStatus, reason: string, requestedDueOn: string, previousDueOn: string, requestedByName: string, requestedAt: string, decidedByName: string | null, decidedAt: string | null, decisionNote: string | null }>, evidenceFiles: Array<{ id: string, fileName: string }>, unit: { id: string, code: string, name: string } };

export type EvaluationLedgerQueryVariables = Exact<{
  filter?: LedgerFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EvaluationLedgerQuery = { evaluationLedger: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, state: LedgerState, unitId: string, roundId: string | null, roundName: string | null, sourceKind: string, indicatorCode: string | null, description: string, dueOn: string, daysLate: number | null, overdue: boolean, daysOverdue: number, failedVerifications: number, openedAt: string, unit: { id: string, code: string, name: string } } }> } };

export type EvaluationLedgerCountsQueryVariables = Exact<{
  filter?: LedgerFilter | null | undefined;
}>;


export type EvaluationLedgerCountsQuery = { evaluationLedgerCounts: { open: number, rectified: number, verified: number, closed: number, overdue: number, failedOnce: number, total: number } };

export type EvaluationLedgerItemQueryVariables = Exact<{
  id: string;
}>;


export type EvaluationLedgerItemQuery = { evaluationLedgerItem: { sourceId: string | null, goalId: string | null, listItemId: string | null, caseId: string | null, dutyId: string | null, trackingRectificationId: string | null, dueWorkingDays: number, openedByName: string, evidence: string | null, rectifiedAt: string | null, rectifiedByName: string | null, verifiedAt: string | null, verifiedByName: string | null, rating: LedgerRating | null, closedAt: string | null, closedByName: string | null, id: string, version: number, state: LedgerState, unitId: string, roundId: string | null, roundName: string | null, sourceKind: string, indicatorCode: string | null, description: string, dueOn: string, daysLate: number | null, overdue: boolean, daysOverdue: number, failedVerifications: number, openedAt: string, goal: { id: string, year: number, title: string } | null, indicator: { code: string, name: string } | null, listItem: { id: string, kind: ListKind, code: string, name: string } | null, case: { id: string, code: string, title: string } | null, duty: { id: string, unitId: string, text: string } | null, source: { kind: ProblemSource, id: string | null, formId: string | null }, actions: Array<{ id: string, description: string, done: boolean, doneAt: string | null, doneByName: string | null }>, events: Array<{ id: string, kind: LedgerEventKind, at: string, byName: string, note: string | null, rating: LedgerRating | null }>, extensions: Array<{ id: string, status: ExtensionStatus, reason: string, requestedDueOn: string, previousDueOn: string, requestedByName: string, requestedAt: string, decidedByName: string | null, decidedAt: string | null, decisionNote: string | null }>, evidenceFiles: Array<{ id: string, fileName: string }>, unit: { id: string, code: string, name: string } } };

export type OpenLedgerItemMutationVariables = Exact<{
  input: OpenLedgerItemInput;
}>;


export type OpenLedgerItemMutation = { openLedgerItem: { item: { sourceId: string | null, goalId: string | null, listItemId: string | null, caseId: string | null, dutyId: string | null, trackingRectificationId: string | null, dueWorkingDays: number, openedByName: string, evidence: string | null, rectifiedAt: string | null, rectifiedByName: string | null, verifiedAt: string | null, verifiedByName: string | null, rating: LedgerRating | null, closedAt: string | null, closedByName: string | null, id: string, version: number, state: LedgerState, unitId: string, roundId: string | null, roundName: string | null, sourceKind: string, indicatorCode: string | null, description: string, dueOn: string, daysLate: number | null, overdue: boolean, daysOverdue: number, failedVerifications: number, openedAt: string, goal: { id: string, year: number, title: string } | null, indicator: { code: string, name: string } | null, listItem: { id: string, kind: ListKind, code: string, name: string } | null, case: { id: string, code: string, title: string } | null, duty: { id: string, unitId: string, text: string } | null, source: { kind: ProblemSource, id: string | null, formId: string | null }, actions: Array<{ id: string, description: string, done: boolean, doneAt: string | null, doneByName: string | null }>, events: Array<{ id: string, kind: LedgerEventKind, at: string, byName: string, note: string | null, rating: LedgerRating | null }>, extensions: Array<{ id: string, status: ExtensionStatus, reason: string, requestedDueOn: string, previousDueOn: string, requestedByName: string, requestedAt: string, decidedByName: string | null, decidedAt: string | null, decisionNote: string | null }>, evidenceFiles: Array<{ id: string, fileName: string }>, unit: { id: string, code: string, name: string } } } };

export type AddLedgerActionMutationVariables = Exact<{
  input: AddLedgerActionInput;
}>;


export type AddLedgerActionMutation = { addLedgerAction: { item: { sourceId: string | null, goalId: string | null, listItemId: string | null, caseId: string | null, dutyId: string | null, trackingRectificationId: string | null, dueWorkingDays: number, openedByName: string, evidence: string | null, rectifiedAt: string | null, rectifiedByName: string | null, verifiedAt: string | null, verifiedByName: string | null, rating: LedgerRating | null, closedAt: string | null, closedByName: string | null, id: string, version: number, state: LedgerState, unitId: string, roundId: string | null, roundName: string | null, sourceKind: string, indicatorCode: string | null, description: string, dueOn: string, daysLate: number | null, overdue: boolean, daysOverdue: number, failedVerifications: number, openedAt: string, goal: { id: string, year: number, title: string } | null, indicator: { code: string, name: string } | null, listItem: { id: string, kind: ListKind, code: string, name: string } | null, case: { id: string, code: string, title: string } | null, duty: { id: string, unitId: string, text: string } | null, source: { kind: ProblemSource, id: string | null, formId: string | null }, actions: Array<{ id: string, description: string, done: boolean, doneAt: string | null, doneByName: string | null }>, events: Array<{ id: string, kind: LedgerEventKind, at: string, byName: string, note: string | null, rating: LedgerRating | null }>, extensions: Array<{ id: string, status: ExtensionStatus, reason: string, requestedDueOn: string, previousDueOn: string, requestedByName: string, requestedAt: string, decidedByName: string | null, decidedAt: string | null, decisionNote: string | null }>, evidenceFiles: Array<{ id: string, fileName: string }>, unit: { id: string, code: string, name: string } } } };

export type SetLedgerActionDoneMutationVariables = Exact<{
  input: SetLedgerActionDoneInput;
}>;


export type SetLedgerActionDoneMutation = { setLedgerActionDone: { item: { sourceId: string | null, goalId: string | null, listItemId: string | null, caseId: string | null, dutyId: string | null, trackingRectificationId: string | null, dueWorkingDays: number, openedByName: string, evidence: string | null, rectifiedAt: string | null, rectifiedByName: string | null, verifiedAt: string | null, verifiedByName: string | null, rating: LedgerRating | null, closedAt: string | null, closedByName: string | null, id: string, version: number, state: LedgerState, unitId: string, roundId: string | null, roundName: string | null, sourceKind: string, indicatorCode: string | null, description: string, dueOn: string, daysLate: number | null, overdue: boolean, daysOverdue: number, failedVerifications: number, openedAt: string, goal: { id: string, year: number, title: string } | null, indicator: { code: string, name: string } | null, listItem: { id: string, kind: ListKind, code: string, name: string } | null, case: { id: string, code: string, title: string } | null, duty: { id: string, unitId: string, text: string } | null, source: { kind: ProblemSource, id: string | null, formId: string | null }, actions: Array<{ id: string, description: string, done: boolean, doneAt: string | null, doneByName: string | null }>, events: Array<{ id: string, kind: LedgerEventKind, at: string, byName: string, note: string | null, rating: LedgerRating | null }>, extensions: Array<{ id: string, status: ExtensionStatus, reason: string, requestedDueOn: string, previousDueOn: string, requestedByName: string, requestedAt: string, decidedByName: string | null, decidedAt: string | null, decisionNote: string | null }>, evidenceFiles: Array<{ id: string, fileName: string }>, unit: { id: string, code: string, name: string } } } };

export type RectifyLedgerItemMutationVariables = Exact<{
  input: RectifyLedgerItemInput;
}>;


export type RectifyLedgerItemMutation = { rectifyLedgerItem: { item: { sourceId: string | null, goalId: string | null, listItemId: string | null, caseId: string | null, dutyId: string | null, trackingRectificationId: string | null, dueWorkingDays: number, openedByName: string, evidence: string | null, rectifiedAt: string | null, rectifiedByName: string | null, verifiedAt: string | null, verifiedByName: string | null, rating: LedgerRating | null, closedAt: string | null, closedByName: string | null, id: string, version: number, state: LedgerState, unitId: string, roundId: string | null, roundName: string | null, sourceKind: string, indicatorCode: string | null, description: string, dueOn: string, daysLate: number | null, overdue: boolean, daysOverdue: number, failedVerifications: number, openedAt: string, goal: { id: string, year: number, title: string } | null, indicator: { code: string, name: string } | null, listItem: { id: string, kind: ListKind, code: string, name: string } | null, case: { id: string, code: string, title: string } | null, duty: { id: string, unitId: string, text: string } | null, source: { kind: ProblemSource, id: string | null, formId: string | null }, actions: Array<{ id: string, description: string, done: boolean, doneAt: string | null, doneByName: string | null }>, events: Array<{ id: string, kind: LedgerEventKind, at: string, byName: string, note: string | null, rating: LedgerRating | null }>, extensions: Array<{ id: string, status: ExtensionStatus, reason: string, requestedDueOn: string, previousDueOn: string, requestedByName: string, requestedAt: string, decidedByName: string | null, decidedAt: string | null, decisionNote: string | null }>, evidenceFiles: Array<{ id: string, fileName: string }>, unit: { id: string, code: string, name: string } } } };

export type VerifyLedgerItemMutationVariables = Exact<{
  input: VerifyLedgerItemInput;
}>;


export type VerifyLedgerItemMutation = { verifyLedgerItem: { item: { sourceId: string | null, goalId: string | null, listItemId: string | null, caseId: string | null, dutyId: string | null, trackingRectificationId: string | null, dueWorkingDays: number, openedByName: string, evidence: string | null, rectifiedAt: string | null, rectifiedByName: string | null, verifiedAt: string | null, verifiedByName: string | null, rating: LedgerRating | null, closedAt: string | null, closedByName: string | null, id: string, version: number, state: LedgerState, unitId: string, roundId: string | null, roundName: string | null, sourceKind: string, indicatorCode: string | null, description: string, dueOn: string, daysLate: number | null, overdue: boolean, daysOverdue: number, failedVerifications: number, openedAt: string, goal: { id: string, year: number, title: string } | null, indicator: { code: string, name: string } | null, listItem: { id: string, kind: ListKind, code: string, name: string } | null, case: { id: string, code: string, title: string } | null, duty: { id: string, unitId: string, text: string } | null, source: { kind: ProblemSource, id: string | null, formId: string | null }, actions: Array<{ id: string, description: string, done: boolean, doneAt: string | null, doneByName: string | null }>, events: Array<{ id: string, kind: LedgerEventKind, at: string, byName: string, note: string | null, rating: LedgerRating | null }>, extensions: Array<{ id: string, status: ExtensionStatus, reason: string, requestedDueOn: string, previousDueOn: string, requestedByName: string, requestedAt: string, decidedByName: string | null, decidedAt: string | null, decisionNote: string | null }>, evidenceFiles: Array<{ id: string, fileName: string }>, unit: { id: string, code: string, name: string } } } };

export type CloseLedgerItemMutationVariables = Exact<{
  input: LedgerItemVersionInput;
}>;


export type CloseLedgerItemMutation = { closeLedgerItem: { item: { sourceId: string | null, goalId: string | null, listItemId: string | null, caseId: string | null, dutyId: string | null, trackingRectificationId: string | null, dueWorkingDays: number, openedByName: string, evidence: string | null, rectifiedAt: string | null, rectifiedByName: string | null, verifiedAt: string | null, verifiedByName: string | null, rating: LedgerRating | null, closedAt: string | null, closedByName: string | null, id: string, version: number, state: LedgerState, unitId: string, roundId: string | null, roundName: string | null, sourceKind: string, indicatorCode: string | null, description: string, dueOn: string, daysLate: number | null, overdue: boolean, daysOverdue: number, failedVerifications: number, openedAt: string, goal: { id: string, year: number, title: string } | null, indicator: { code: string, name: string } | null, listItem: { id: string, kind: ListKind, code: string, name: string } | null, case: { id: string, code: string, title: string } | null, duty: { id: string, unitId: string, text: string } | null, source: { kind: ProblemSource, id: string | null, formId: string | null }, actions: Array<{ id: string, description: string, done: boolean, doneAt: string | null, doneByName: string | null }>, events: Array<{ id: string, kind: LedgerEventKind, at: string, byName: string, note: string | null, rating: LedgerRating | null }>, extensions: Array<{ id: string, status: ExtensionStatus, reason: string, requestedDueOn: string, previousDueOn: string, requestedByName: string, requestedAt: string, decidedByName: string | null, decidedAt: string | null, decisionNote: string | null }>, evidenceFiles: Array<{ id: string, fileName: string }>, unit: { id: string, code: string, name: string } } } };

export type RequestLedgerExtensionMutationVariables = Exact<{
  input: RequestLedgerExtensionInput;
}>;


export type RequestLedgerExtensionMutation = { requestLedgerExtension: { item: { sourceId: string | null, goalId: string | null, listItemId: string | null, caseId: string | null, dutyId: string | null, trackingRectificationId: string | null, dueWorkingDays: number, openedByName: string, evidence: string | null, rectifiedAt: string | null, rectifiedByName: string | null, verifiedAt: string | null, verifiedByName: string | null, rating: LedgerRating | null, closedAt: string | null, closedByName: string | null, id: string, version: number, state: LedgerState, unitId: string, roundId: string | null, roundName: string | null, sourceKind: string, indicatorCode: string | null, description: string, dueOn: string, daysLate: number | null, overdue: boolean, daysOverdue: number, failedVerifications: number, openedAt: string, goal: { id: string, year: number, title: string } | null, indicator: { code: string, name: string } | null, listItem: { id: string, kind: ListKind, code: string, name: string } | null, case: { id: string, code: string, title: string } | null, duty: { id: string, unitId: string, text: string } | null, source: { kind: ProblemSource, id: string | null, formId: string | null }, actions: Array<{ id: string, description: string, done: boolean, doneAt: string | null, doneByName: string | null }>, events: Array<{ id: string, kind: LedgerEventKind, at: string, byName: string, note: string | null, rating: LedgerRating | null }>, extensions: Array<{ id: string, status: ExtensionStatus, reason: string, requestedDueOn: string, previousDueOn: string, requestedByName: string, requestedAt: string, decidedByName: string | null, decidedAt: string | null, decisionNote: string | null }>, evidenceFiles: Array<{ id: string, fileName: string }>, unit: { id: string, code: string, name: string } } } };

export type DecideLedgerExtensionMutationVariables = Exact<{
  input: DecideLedgerExtensionInput;
}>;


export type DecideLedgerExtensionMutation = { decideLedgerExtension: { item: { sourceId: string | null, goalId: string | null, listItemId: string | null, caseId: string | null, dutyId: string | null, trackingRectificationId: string | null, dueWorkingDays: number, openedByName: string, evidence: string | null, rectifiedAt: string | null, rectifiedByName: string | null, verifiedAt: string | null, verifiedByName: string | null, rating: LedgerRating | null, closedAt: string | null, closedByName: string | null, id: string, version: number, state: LedgerState, unitId: string, roundId: string | null, roundName: string | null, sourceKind: string, indicatorCode: string | null, description: string, dueOn: string, daysLate: number | null, overdue: boolean, daysOverdue: number, failedVerifications: number, openedAt: string, goal: { id: string, year: number, title: string } | null, indicator: { code: string, name: string } | null, listItem: { id: string, kind: ListKind, code: string, name: string } | null, case: { id: string, code: string, title: string } | null, duty: { id: string, unitId: string, text: string } | null, source: { kind: ProblemSource, id: string | null, formId: string | null }, actions: Array<{ id: string, description: string, done: boolean, doneAt: string | null, doneByName: string | null }>, events: Array<{ id: string, kind: LedgerEventKind, at: string, byName: string, note: string | null, rating: LedgerRating | null }>, extensions: Array<{ id: string, status: ExtensionStatus, reason: string, requestedDueOn: string, previousDueOn: string, requestedByName: string, requestedAt: string, decidedByName: string | null, decidedAt: string | null, decisionNote: string | null }>, evidenceFiles: Array<{ id: string, fileName: string }>, unit: { id: string, code: string, name: string } } } };

export type PeerAssessmentRowFragment = { roundId: string, roundName: string, roundStage: EvaluationStage, seat: PeerSeat, configured: boolean, closesAt: string | null, windowOpen: boolean, trimFrom: number, generatedAt: string | null, generatedByName: string | null, version: number, rules: Array<{ raterKind: PeerKind, targetKind: PeerKind, ratersPerTarget: number }> };

export type PeerTaskRowFragment = { targetKind: PeerKind, score: string | null, comment: string | null, ratedAt: string | null, version: number, target: { id: string, code: string, name: string } };

export type PeerRoundsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PeerRoundsQuery = { evaluationRounds: { edges: Array<{ node: { id: string, name: string, stage: EvaluationStage } }> } };

export type PeerAssessmentQueryVariables = Exact<{
  roundId: string;
}>;


export type PeerAssessmentQuery = { peerAssessment: { roundId: string, roundName: string, roundStage: EvaluationStage, seat: PeerSeat, configured: boolean, closesAt: string | null, windowOpen: boolean, trimFrom: number, generatedAt: string | null, generatedByName: string | null, version: number, rules: Array<{ raterKind: PeerKind, targetKind: PeerKind, ratersPerTarget: number }> } };

export type PeerMatrixQueryVariables = Exact<{
  roundId: string;
}>;


export type PeerMatrixQuery = { peerMatrix: { assignmentCount: number, ratedCount: number, raterCount: number, submittedCount: number, targets: Array<{ kind: PeerKind, wanted: number, assigned: number, rated: number, unit: { id: string, code: string, name: string } }>, raters: Array<{ kind: PeerKind, assigned: number, rated: number, submittedAt: string | null, unit: { id: string, code: string, name: string } }> } };

export type PeerAggregatesQueryVariables = Exact<{
  roundId: string;
}>;


export type PeerAggregatesQuery = { peerAggregates: Array<{ kind: PeerKind, score: string | null, ratings: number, assigned: number, trimmed: boolean, unit: { id: string, code: string, name: string } }> };

export type MyPeerTasksQueryVariables = Exact<{
  roundId: string;
}>;


export type MyPeerTasksQuery = { myPeerTasks: { submittedAt: string | null, editable: boolean, lockedReason: string | null, tasks: Array<{ targetKind: PeerKind, score: string | null, comment: string | null, ratedAt: string | null, version: number, target: { id: string, code: string, name: string } }> } };

export type PeerConflictsQueryVariables = Exact<{
  roundId: string;
}>;


export type PeerConflictsQuery = { peerConflicts: Array<{ id: string, reason: string, wholeRegion: boolean, createdByName: string, createdAt: string, unitA: { id: string, code: string, name: string }, unitB: { id: string, code: string, name: string } }> };

export type PeerRoundUnitsQueryVariables = Exact<{
  id: string;
}>;


export type PeerRoundUnitsQuery = { evaluationRound: { units: Array<{ category: EvaluationCategory, unit: { id: string, code: string, name: string } }> } };

export type SavePeerRulesMutationVariables = Exact<{
  input: SavePeerRulesInput;
}>;


export type SavePeerRulesMutation = { savePeerRules: { assessment: { roundId: string, roundName: string, roundStage: EvaluationStage, seat: PeerSeat, configured: boolean, closesAt: string | null, windowOpen: boolean, trimFrom: number, generatedAt: string | null, generatedByName: string | null, version: number, rules: Array<{ raterKind: PeerKind, targetKind: PeerKind, ratersPerTarget: number }> } } };

export type GeneratePeerMatrixMutationVariables = Exact<{
  input: GeneratePeerMatrixInput;
}>;


export type GeneratePeerMatrixMutation = { generatePeerMatrix: { assignmentCount: number, shortfalls: Array<{ wanted: number, got: number, unit: { id: string, name: string } }>, assessment: { roundId: string, roundName: string, roundStage: EvaluationStage, seat: PeerSeat, configured: boolean, closesAt: string | null, windowOpen: boolean, trimFrom: number, generatedAt: string | null, generatedByName: string | null, version: number, rules: Array<{ raterKind: PeerKind, targetKind: PeerKind, ratersPerTarget: number }> } } };

export type AddPeerConflictMutationVariables = Exact<{
  input: AddPeerConflictInput;
}>;


export type AddPeerConflictMutation = { addPeerConflict: { conflict: { id: string } } };

export type RemovePeerConflictMutationVariables = Exact<{
  input: RemovePeerConflictInput;
}>;


export type RemovePeerConflictMutation = { removePeerConflict: { id: string } };

export type RatePeerMutationVariables = Exact<{
  input: RatePeerInput;
}>;


export type RatePeerMutation = { ratePeer: { task: { targetKind: PeerKind, score: string | null, comment: string | null, ratedAt: string | null, version: number, target: { id: string, code: string, name: string } } } };

export type SubmitPeerRatingsMutationVariables = Exact<{
  input: SubmitPeerRatingsInput;
}>;


export type SubmitPeerRatingsMutation = { submitPeerRatings: { tasks: { submittedAt: string | null, editable: boolean, lockedReason: string | null } } };

export type EvaluationResultRoundsQueryVariables = Exact<{ [key: string]: never; }>;


export type EvaluationResultRoundsQuery = { evaluationResultRounds: Array<{ id: string, name: string, stage: EvaluationStage, periodKind: EvaluationPeriodKind, periodStart: string, periodEnd: string }> };

export type EvaluationResultRowFieldsFragment = { unitId: string, unitCode: string, unitName: string, category: EvaluationCategory, total: string | null, earned: string, applicable: string, complete: boolean, rank: number | null, unrankedReason: string | null, previousTotal: string | null, change: string | null, comparedIndicators: number, comparison: EvaluationComparison };

export type EvaluationResultsQueryVariables = Exact<{
  roundId: string;
  category?: EvaluationCategory | null | undefined;
}>;


export type EvaluationResultsQuery = { evaluationResults: { roundId: string, roundName: string, stage: EvaluationStage, provisional: boolean, periodStart: string, periodEnd: string, minRankSample: number, previousRoundName: string | null, categories: Array<{ category: EvaluationCategory, unitCount: number, ranked: boolean, reason: string | null }>, rows: Array<{ unitId: string, unitCode: string, unitName: string, category: EvaluationCategory, total: string | null, earned: string, applicable: string, complete: boolean, rank: number | null, unrankedReason: string | null, previousTotal: string | null, change: string | null, comparedIndicators: number, comparison: EvaluationComparison }> } };

export type EvaluationResultQueryVariables = Exact<{
  roundId: string;
  unitId: string;
}>;


export type EvaluationResultQuery = { evaluationResult: { roundName: string, provisional: boolean, result: { unitId: string, unitCode: string, unitName: string, category: EvaluationCategory, total: string | null, earned: string, applicable: string, complete: boolean, rank: number | null, unrankedReason: string | null, previousTotal: string | null, change: string | null, comparedIndicators: number, comparison: EvaluationComparison }, nodes: Array<{ code: string, parentCode: string | null, depth: number, name: string, points: string, applicable: boolean, score: string | null, capped: boolean, leaf: boolean, rule: string | null, ruleKind: ScoringRuleKind | null, figure: string | null, figureKind: FigureKind | null, figureUnit: string | null, numerator: string | null, denominator: string | null, source: IndicatorSource | null, sourceBody: string | null, reason: string | null, scoreId: string | null, figureNote: string | null, previousFigure: string | null, previousScore: string | null }>, problems: Array<{ id: string, description: string, raisedByName: string, raisedAt: string, sourceId: string | null }> } };

export type EvaluationDashboardQueryVariables = Exact<{
  roundId: string;
}>;


export type EvaluationDashboardQuery = { evaluationDashboard: { roundId: string, roundName: string, provisional: boolean, categories: Array<{ category: EvaluationCategory, average: string | null, units: Array<{ unitId: string, unitName: string, total: string | null }> }>, periods: Array<{ roundId: string, roundName: string, periodStart: string, periodEnd: string, average: string | null, unitCount: number }>, weakest: Array<{ code: string, name: string, averageShare: string, units: number }> } };

export type EvaluationImportBodiesQueryVariables = Exact<{
  roundId: string;
}>;


export type EvaluationImportBodiesQuery = { evaluationImportBodies: Array<string> };

export type RaiseEvaluationProblemMutationVariables = Exact<{
  input: RaiseEvaluationProblemInput;
}>;


export type RaiseEvaluationProblemMutation = { raiseEvaluationProblem: { problem: { id: string, description: string } } };

export type EvaluationRoundRowFragment = { id: string, name: string, stage: EvaluationStage, periodKind: EvaluationPeriodKind, periodStart: string, periodEnd: string, minRankSample: number, replyClosesAt: string | null, publishedAt: string | null, createdAt: string, version: number };

export type EvaluationSubmissionRowFragment = { id: string, form: SubmissionForm, status: SubmissionStatus, dueAt: string, locksAt: string, submittedAt: string | null, submittedByName: string | null, reviewComment: string | null, late: boolean, version: number, unit: { id: string, name: string } };

export type EvaluationScoreRowFragment = { id: string, unitId: string, indicatorCode: string, indicatorName: string, source: IndicatorSource, ruleKind: ScoringRuleKind | null, points: string, maxPoints: string, notApplicable: boolean, figure: string | null, figureNumerator: string | null, figureDenominator: string | null, figureKind: FigureKind, figureUnit: string | null, figureSource: IndicatorSource | null, rulePoints: string | null, selfScore: string | null, selfNote: string | null, selfFileIds: Array<string>, firstScore: string | null, firstReason: string | null, lostPoints: boolean, replyText: string | null, replyFileIds: Array<string>, replyAt: string | null, finalScore: string | null, finalReason: string | null, changedAfterPublication: boolean, version: number, selfFiles: Array<{ id: string, fileName: string, sizeBytes: number }>, replyFiles: Array<{ id: string, fileName: string, sizeBytes: number }> };

export type ReminderLetterRowFragment = { id: string, letterNo: string, missingForms: Array<string>, issuedByName: string, issuedAt: string, pdfPath: string, unit: { id: string, name: string } };

export type EvaluationRoundsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EvaluationRoundsQuery = { evaluationRounds: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, stage: EvaluationStage, periodKind: EvaluationPeriodKind, periodStart: string, periodEnd: string, minRankSample: number, replyClosesAt: string | null, publishedAt: string | null, createdAt: string, version: number } }> } };

export type EvaluationRoundQueryVariables = Exact<{
  id: string;
  unitId?: string | null | undefined;
}>;


export type EvaluationRoundQuery = { evaluationRound: { id: string, name: string, stage: EvaluationStage, periodKind: EvaluationPeriodKind, periodStart: string, periodEnd: string, minRankSample: number, replyClosesAt: string | null, publishedAt: string | null, createdAt: string, version: number, scheme: { id: string, name: string, year: number, versionNo: number }, units: Array<{ category: EvaluationCategory, unit: { id: string, code: string, name: string } }>, submissions: Array<{ id: string, form: SubmissionForm, status: SubmissionStatus, dueAt: string, locksAt: string, submittedAt: string | null, submittedByName: string | null, reviewComment: string | null, late: boolean, version: number, unit: { id: string, name: string } }>, reminderLetters: Array<{ id: string, letterNo: string, missingForms: Array<string>, issuedByName: string, issuedAt: string, pdfPath: string, unit: { id: string, name: string } }>, scores: Array<{ id: string, unitId: string, indicatorCode: string, indicatorName: string, source: IndicatorSource, ruleKind: ScoringRuleKind | null, points: string, maxPoints: string, notApplicable: boolean, figure: string | null, figureNumerator: string | null, figureDenominator: string | null, figureKind: FigureKind, figureUnit: string | null, figureSource: IndicatorSource | null, rulePoints: string | null, selfScore: string | null, selfNote: string | null, selfFileIds: Array<string>, firstScore: string | null, firstReason: string | null, lostPoints: boolean, replyText: string | null, replyFileIds: Array<string>, replyAt: string | null, finalScore: string | null, finalReason: string | null, changedAfterPublication: boolean, version: number, selfFiles: Array<{ id: string, fileName: string, sizeBytes: number }>, replyFiles: Array<{ id: string, fileName: string, sizeBytes: number }> }> } };

export type EvaluationRoundProgressQueryVariables = Exact<{
  roundId: string;
}>;


export type EvaluationRoundProgressQuery = { evaluationRoundProgress: Array<{ category: EvaluationCategory, overdue: Array<SubmissionForm>, lateCount: number, lettersSent: number, unit: { id: string, code: string, name: string }, submissions: Array<{ id: string, form: SubmissionForm, status: SubmissionStatus, dueAt: string, locksAt: string, submittedAt: string | null, submittedByName: string | null, reviewComment: string | null, late: boolean, version: number, unit: { id: string, name: string } }> }> };

export type MyEvaluationTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEvaluationTasksQuery = { myEvaluationTasks: Array<{ late: boolean, locked: boolean, round: { id: string, name: string, stage: EvaluationStage, periodKind: EvaluationPeriodKind, periodStart: string, periodEnd: string, minRankSample: number, replyClosesAt: string | null, publishedAt: string | null, createdAt: string, version: number }, submission: { id: string, form: SubmissionForm, status: SubmissionStatus, dueAt: string, locksAt: string, submittedAt: string | null, submittedByName: string | null, reviewComment: string | null, late: boolean, version: number, unit: { id: string, name: string } } }> };

export type OpenEvaluationRoundMutationVariables = Exact<{
  input: OpenEvaluationRoundInput;
}>;


export type OpenEvaluationRoundMutation = { openEvaluationRound: { round: { id: string, name: string, stage: EvaluationStage, periodKind: EvaluationPeriodKind, periodStart: string, periodEnd: string, minRankSample: number, replyClosesAt: string | null, publishedAt: string | null, createdAt: string, version: number } } };

export type AdvanceEvaluationRoundMutationVariables = Exact<{
  input: AdvanceEvaluationRoundInput;
}>;


export type AdvanceEvaluationRoundMutation = { advanceEvaluationRound: { round: { id: string, name: string, stage: EvaluationStage, periodKind: EvaluationPeriodKind, periodStart: string, periodEnd: string, minRankSample: number, replyClosesAt: string | null, publishedAt: string | null, createdAt: string, version: number } } };

export type ChangeEvaluationDeadlineMutationVariables = Exact<{
  input: ChangeEvaluationDeadlineInput;
}>;


export type ChangeEvaluationDeadlineMutation = { changeEvaluationDeadline: { submission: { id: string, form: SubmissionForm, status: SubmissionStatus, dueAt: string, locksAt: string, submittedAt: string | null, submittedByName: string | null, reviewComment: string | null, late: boolean, version: number, unit: { id: string, name: string } } } };

export type ChangeEvaluationRoundUnitsMutationVariables = Exact<{
  input: ChangeEvaluationRoundUnitsInput;
}>;


export type ChangeEvaluationRoundUnitsMutation = { changeEvaluationRoundUnits: { round: { id: string, name: string, stage: EvaluationStage, periodKind: EvaluationPeriodKind, periodStart: string, periodEnd: string, minRankSample: number, replyClosesAt: string | null, publishedAt: string | null, createdAt: string, version: number } } };

export type ComputeEvaluationFiguresMutationVariables = Exact<{
  input: ComputeEvaluationFiguresInput;
}>;


export type ComputeEvaluationFiguresMutation = { computeEvaluationFigures: { figures: number, notApplicable: number } };

export type ReturnEvaluationSubmissionMutationVariables = Exact<{
  input: ReturnEvaluationSubmissionInput;
}>;


export type ReturnEvaluationSubmissionMutation = { returnEvaluationSubmission: { submission: { id: string, form: SubmissionForm, status: SubmissionStatus, dueAt: string, locksAt: string, submittedAt: string | null, submittedByName: string | null, reviewComment: string | null, late: boolean, version: number, unit: { id: string, name: string } } } };

export type SubmitSelfAssessmentMutationVariables = Exact<{
  input: SubmitSelfAssessmentInput;
}>;


export type SubmitSelfAssessmentMutation = { submitSelfAssessment: { submission: { id: string, form: SubmissionForm, status: SubmissionStatus, dueAt: string, locksAt: string, submittedAt: string | null, submittedByName: string | null, reviewComment: string | null, late: boolean, version: number, unit: { id: string, name: string } } } };

export type SubmitEvaluationFormMutationVariables = Exact<{
  input: SubmitEvaluationFormInput;
}>;


export type SubmitEvaluationFormMutation = { submitEvaluationForm: { submission: { id: string, form: SubmissionForm, status: SubmissionStatus, dueAt: string, locksAt: string, submittedAt: string | null, submittedByName: string | null, reviewComment: string | null, late: boolean, version: number, unit: { id: string, name: string } } } };

export type IssueReminderLettersMutationVariables = Exact<{
  input: IssueReminderLettersInput;
}>;


export type IssueReminderLettersMutation = { issueReminderLetters: { count: number, letters: Array<{ id: string, letterNo: string, missingForms: Array<string>, issuedByName: string, issuedAt: string, pdfPath: string, unit: { id: string, name: string } }> } };

export type MarkEvaluationScoresMutationVariables = Exact<{
  input: MarkEvaluationScoresInput;
}>;


export type MarkEvaluationScoresMutation = { markEvaluationScores: { scores: Array<{ id: string, unitId: string, indicatorCode: string, indicatorName: string, source: IndicatorSource, ruleKind: ScoringRuleKind | null, points: string, maxPoints: string, notApplicable: boolean, figure: string | null, figureNumerator: string | null, figureDenominator: string | null, figureKind: FigureKind, figureUnit: string | null, figureSource: IndicatorSource | null, rulePoints: string | null, selfScore: string | null, selfNote: string | null, selfFileIds: Array<string>, firstScore: string | null, firstReason: string | null, lostPoints: boolean, replyText: string | null, replyFileIds: Array<string>, replyAt: string | null, finalScore: string | null, finalReason: string | null, changedAfterPublication: boolean, version: number, selfFiles: Array<{ id: string, fileName: string, sizeBytes: number }>, replyFiles: Array<{ id: string, fileName: string, sizeBytes: number }> }> } };

export type FillFirstMarksFromRulesMutationVariables = Exact<{
  input: FillFirstMarksInput;
}>;


export type FillFirstMarksFromRulesMutation = { fillFirstMarksFromRules: { scores: Array<{ id: string }> } };

export type ReplyToEvaluationMarksMutationVariables = Exact<{
  input: ReplyToEvaluationMarksInput;
}>;


export type ReplyToEvaluationMarksMutation = { replyToEvaluationMarks: { scores: Array<{ id: string, unitId: string, indicatorCode: string, indicatorName: string, source: IndicatorSource, ruleKind: ScoringRuleKind | null, points: string, maxPoints: string, notApplicable: boolean, figure: string | null, figureNumerator: string | null, figureDenominator: string | null, figureKind: FigureKind, figureUnit: string | null, figureSource: IndicatorSource | null, rulePoints: string | null, selfScore: string | null, selfNote: string | null, selfFileIds: Array<string>, firstScore: string | null, firstReason: string | null, lostPoints: boolean, replyText: string | null, replyFileIds: Array<string>, replyAt: string | null, finalScore: string | null, finalReason: string | null, changedAfterPublication: boolean, version: number, selfFiles: Array<{ id: string, fileName: string, sizeBytes: number }>, replyFiles: Array<{ id: string, fileName: string, sizeBytes: number }> }> } };

export type FinalizeEvaluationScoresMutationVariables = Exact<{
  input: MarkEvaluationScoresInput;
}>;


export type FinalizeEvaluationScoresMutation = { finalizeEvaluationScores: { scores: Array<{ id: string, unitId: string, indicatorCode: string, indicatorName: string, source: IndicatorSource, ruleKind: ScoringRuleKind | null, points: string, maxPoints: string, notApplicable: boolean, figure: string | null, figureNumerator: string | null, figureDenominator: string | null, figureKind: FigureKind, figureUnit: string | null, figureSource: IndicatorSource | null, rulePoints: string | null, selfScore: string | null, selfNote: string | null, selfFileIds: Array<string>, firstScore: string | null, firstReason: string | null, lostPoints: boolean, replyText: string | null, replyFileIds: Array<string>, replyAt: string | null, finalScore: string | null, finalReason: string | null, changedAfterPublication: boolean, version: number, selfFiles: Array<{ id: string, fileName: string, sizeBytes: number }>, replyFiles: Array<{ id: string, fileName: string, sizeBytes: number }> }> } };

export type CorrectPublishedScoreMutationVariables = Exact<{
  input: CorrectPublishedScoreInput;
}>;


export type CorrectPublishedScoreMutation = { correctPublishedScore: { scores: Array<{ id: string, unitId: string, indicatorCode: string, indicatorName: string, source: IndicatorSource, ruleKind: ScoringRuleKind | null, points: string, maxPoints: string, notApplicable: boolean, figure: string | null, figureNumerator: string | null, figureDenominator: string | null, figureKind: FigureKind, figureUnit: string | null, figureSource: IndicatorSource | null, rulePoints: string | null, selfScore: string | null, selfNote: string | null, selfFileIds: Array<string>, firstScore: string | null, firstReason: string | null, lostPoints: boolean, replyText: string | null, replyFileIds: Array<string>, replyAt: string | null, finalScore: string | null, finalReason: string | null, changedAfterPublication: boolean, version: number, selfFiles: Array<{ id: string, fileName: string, sizeBytes: number }>, replyFiles: Array<{ id: string, fileName: string, sizeBytes: number }> }> } };

export type DutyFindingRowFragment = { id: string, verdict: Verdict, note: string | null, evidence: string | null, version: number, recordedByName: string, updatedAt: string, problemRaised: boolean, followUpProblemRaised: boolean, wrongUnit: { id: string, code: string, name: string } | null };

export type SandingDutiesQueryVariables = Exact<{
  roundId: string;
  unitId: string;
}>;


export type SandingDutiesQuery = { sandingDuties: Array<{ duty: { id: string, ordinal: number, text: string, role: DutyRole, changeStatus: DutyChangeStatus }, finding: { id: string, verdict: Verdict, note: string | null, evidence: string | null, version: number, recordedByName: string, updatedAt: string, problemRaised: boolean, followUpProblemRaised: boolean, wrongUnit: { id: string, code: string, name: string } | null } | null, followUp: { status: FollowUpStatus, reasons: Array<string>, casesSince: number, items: Array<{ id: string, kind: ListKind, code: string, name: string, status: ItemStatus, raisedSince: boolean, casesSince: number }>, cases: Array<{ id: string, code: string, title: string, reportedAt: string, itemId: string }> | null } | null }> };

export type SandingSummaryQueryVariables = Exact<{
  roundId: string;
}>;


export type SandingSummaryQuery = { sandingSummary: { units: Array<{ unitId: string, unitCode: string, unitName: string, counts: { duties: number, recorded: number, fulfilled: number, absent: number, overstep: number, misplaced: number, followedUp: number } }>, region: { duties: number, recorded: number, fulfilled: number, absent: number, overstep: number, misplaced: number, followedUp: number } | null } };

export type SandingCountsFieldsFragment = { duties: number, recorded: number, fulfilled: number, absent: number, overstep: number, misplaced: number, followedUp: number };

export type DutyItemSuggestionsQueryVariables = Exact<{
  dutyId: string;
}>;


export type DutyItemSuggestionsQuery = { dutyItemSuggestions: Array<{ id: string, kind: ListKind, code: string, name: string, status: ItemStatus, similarity: number, linked: boolean }> };

export type RecordDutyFindingMutationVariables = Exact<{
  input: RecordDutyFindingInput;
}>;


export type RecordDutyFindingMutation = { recordDutyFinding: { finding: { id: string, verdict: Verdict, note: string | null, evidence: string | null, version: number, recordedByName: string, updatedAt: string, problemRaised: boolean, followUpProblemRaised: boolean, wrongUnit: { id: string, code: string, name: string } | null } } };

export type LinkDutyItemsMutationVariables = Exact<{
  input: LinkDutyItemsInput;
}>;


export type LinkDutyItemsMutation = { linkDutyItems: { dutyId: string, itemIds: Array<string> } };

export type SchemeRowFragment = { id: string, year: number, versionNo: number, name: string, status: SchemeStatus, totalPoints: string, version: number, usedByRounds: number, editable: boolean, createdByName: string, updatedAt: string };

export type SchemeIndicatorRowFragment = { code: string, parentCode: string | null, name: string, description: string | null, depth: number, isLeaf: boolean, points: string, categories: Array<EvaluationCategory>, source: IndicatorSource | null, sourceBody: string | null, previousCode: string | null, comparable: boolean, pointsByCategory: Array<{ category: EvaluationCategory, points: string }>, effectivePoints: Array<{ category: EvaluationCategory, points: string }>, rule: { kind: ScoringRuleKind, target: string | null, perOccurrence: string | null, floor: string | null, cap: string | null, threshold: string | null } | null, computation: { name: string, params: Array<{ name: string, value: string }> } | null, previous: { code: string, name: string } | null };

export type EvaluationSchemesQueryVariables = Exact<{
  year?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EvaluationSchemesQuery = { evaluationSchemes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, year: number, versionNo: number, name: string, status: SchemeStatus, totalPoints: string, version: number, usedByRounds: number, editable: boolean, createdByName: string, updatedAt: string } }> } };

export type EvaluationSchemeQueryVariables = Exact<{
  id: string;
}>;


export type EvaluationSchemeQuery = { evaluationScheme: { id: string, year: number, versionNo: number, name: string, status: SchemeStatus, totalPoints: string, version: number, usedByRounds: number, editable: boolean, createdByName: string, updatedAt: string, previousScheme: { id: string, year: number, name: string, versionNo: number } | null, indicators: Array<{ code: string, parentCode: string | null, name: string, description: string | null, depth: number, isLeaf: boolean, points: string, categories: Array<EvaluationCategory>, source: IndicatorSource | null, sourceBody: string | null, previousCode: string | null, comparable: boolean, pointsByCategory: Array<{ category: EvaluationCategory, points: string }>, effectivePoints: Array<{ category: EvaluationCategory, points: string }>, rule: { kind: ScoringRuleKind, target: string | null, perOccurrence: string | null, floor: string | null, cap: string | null, threshold: string | null } | null, computation: { name: string, params: Array<{ name: string, value: string }> } | null, previous: { code: string, name: string } | null }> } };

export type EvaluationComputationsQueryVariables = Exact<{ [key: string]: never; }>;


export type EvaluationComputationsQuery = { evaluationComputations: Array<{ name: string, description: string, figureKind: FigureKind, parameters: Array<{ name: string, type: ParamType, defaultValue: string | null, description: string, required: boolean }> }> };

export type CreateEvaluationSchemeMutationVariables = Exact<{
  input: CreateEvaluationSchemeInput;
}>;


export type CreateEvaluationSchemeMutation = { createEvaluationScheme: { scheme: { id: string, year: number, versionNo: number, name: string, status: SchemeStatus, totalPoints: string, version: number, usedByRounds: number, editable: boolean, createdByName: string, updatedAt: string } } };

export type SaveEvaluationSchemeMutationVariables = Exact<{
  input: SaveEvaluationSchemeInput;
}>;


export type SaveEvaluationSchemeMutation = { saveEvaluationScheme: { scheme: { id: string, year: number, versionNo: number, name: string, status: SchemeStatus, totalPoints: string, version: number, usedByRounds: number, editable: boolean, createdByName: string, updatedAt: string } } };

export type ActivateEvaluationSchemeMutationVariables = Exact<{
  input: ActivateEvaluationSchemeInput;
}>;


export type ActivateEvaluationSchemeMutation = { activateEvaluationScheme: { scheme: { id: string, year: number, versionNo: number, name: string, status: SchemeStatus, totalPoints: string, version: number, usedByRounds: number, editable: boolean, createdByName: string, updatedAt: string } } };

export type SupersedeEvaluationSchemeMutationVariables = Exact<{
  input: SupersedeEvaluationSchemeInput;
}>;


export type SupersedeEvaluationSchemeMutation = { supersedeEvaluationScheme: { scheme: { id: string, year: number, versionNo: number, name: string, status: SchemeStatus, totalPoints: string, version: number, usedByRounds: number, editable: boolean, createdByName: string, updatedAt: string } } };

export type QuestionnaireRowFragment = { id: string, title: string, status: QuestionnaireStatus, audience: SurveyAudience | null, roundId: string | null, roundName: string | null, responseCount: number | null, resultsShared: boolean, createdAt: string, createdByName: string, publishedAt: string | null, closedAt: string | null, version: number };

export type QuestionnaireDetailFragment = { intro: string | null, linkToken: string | null, id: string, title: string, status: QuestionnaireStatus, audience: SurveyAudience | null, roundId: string | null, roundName: string | null, responseCount: number | null, resultsShared: boolean, createdAt: string, createdByName: string, publishedAt: string | null, closedAt: string | null, version: number, questions: Array<{ kind: QuestionKind, text: string, required: boolean, options: Array<string>, scaleMax: number | null, lowLabel: string | null, highLabel: string | null }>, targets: Array<{ id: string, name: string }>, respondents: Array<{ id: string, name: string }>, officeUnit: { id: string, name: string } | null, myResponses: Array<{ id: string, targetUnitId: string | null, answeredOn: string }> };

export type QuestionnairesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  roundId?: string | null | undefined;
  unitId?: string | null | undefined;
  status?: QuestionnaireStatus | null | undefined;
}>;


export type QuestionnairesQuery = { questionnaires: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, status: QuestionnaireStatus, audience: SurveyAudience | null, roundId: string | null, roundName: string | null, responseCount: number | null, resultsShared: boolean, createdAt: string, createdByName: string, publishedAt: string | null, closedAt: string | null, version: number } }> } };

export type QuestionnairesToAnswerQueryVariables = Exact<{ [key: string]: never; }>;


export type QuestionnairesToAnswerQuery = { questionnairesToAnswer: Array<{ intro: string | null, linkToken: string | null, id: string, title: string, status: QuestionnaireStatus, audience: SurveyAudience | null, roundId: string | null, roundName: string | null, responseCount: number | null, resultsShared: boolean, createdAt: string, createdByName: string, publishedAt: string | null, closedAt: string | null, version: number, questions: Array<{ kind: QuestionKind, text: string, required: boolean, options: Array<string>, scaleMax: number | null, lowLabel: string | null, highLabel: string | null }>, targets: Array<{ id: string, name: string }>, respondents: Array<{ id: string, name: string }>, officeUnit: { id: string, name: string } | null, myResponses: Array<{ id: string, targetUnitId: string | null, answeredOn: string }> }> };

export type QuestionnaireQueryVariables = Exact<{
  id: string;
}>;


export type QuestionnaireQuery = { questionnaire: { intro: string | null, linkToken: string | null, id: string, title: string, status: QuestionnaireStatus, audience: SurveyAudience | null, roundId: string | null, roundName: string | null, responseCount: number | null, resultsShared: boolean, createdAt: string, createdByName: string, publishedAt: string | null, closedAt: string | null, version: number, questions: Array<{ kind: QuestionKind, text: string, required: boolean, options: Array<string>, scaleMax: number | null, lowLabel: string | null, highLabel: string | null }>, targets: Array<{ id: string, name: string }>, respondents: Array<{ id: string, name: string }>, officeUnit: { id: string, name: string } | null, myResponses: Array<{ id: string, targetUnitId: string | null, answeredOn: string }> } };

export type QuestionnaireResultsQueryVariables = Exact<{
  id: string;
  targetUnitId?: string | null | undefined;
}>;


export type QuestionnaireResultsQuery = { questionnaireResults: { questionnaireId: string, responseCount: number, satisfaction: number | null, targetUnitId: string | null, targets: Array<{ unitId: string, responseCount: number, satisfaction: number | null }>, questions: Array<{ question: number, kind: QuestionKind, text: string, answered: number, scaleMean: number | null, texts: Array<string>, options: Array<{ label: string, count: number, share: number }>, scale: Array<{ label: string, count: number, share: number }> }> } };

export type CreateQuestionnaireMutationVariables = Exact<{
  input: CreateQuestionnaireInput;
}>;


export type CreateQuestionnaireMutation = { createQuestionnaire: { questionnaire: { intro: string | null, linkToken: string | null, id: string, title: string, status: QuestionnaireStatus, audience: SurveyAudience | null, roundId: string | null, roundName: string | null, responseCount: number | null, resultsShared: boolean, createdAt: string, createdByName: string, publishedAt: string | null, closedAt: string | null, version: number, questions: Array<{ kind: QuestionKind, text: string, required: boolean, options: Array<string>, scaleMax: number | null, lowLabel: string | null, highLabel: string | null }>, targets: Array<{ id: string, name: string }>, respondents: Array<{ id: string, name: string }>, officeUnit: { id: string, name: string } | null, myResponses: Array<{ id: string, targetUnitId: string | null, answeredOn: string }> } } };

export type UpdateQuestionnaireMutationVariables = Exact<{
  input: UpdateQuestionnaireInput;
}>;


export type UpdateQuestionnaireMutation = { updateQuestionnaire: { questionnaire: { intro: string | null, linkToken: string | null, id: string, title: string, status: QuestionnaireStatus, audience: SurveyAudience | null, roundId: string | null, roundName: string | null, responseCount: number | null, resultsShared: boolean, createdAt: string, createdByName: string, publishedAt: string | null, closedAt: string | null, version: number, questions: Array<{ kind: QuestionKind, text: string, required: boolean, options: Array<string>, scaleMax: number | null, lowLabel: string | null, highLabel: string | null }>, targets: Array<{ id: string, name: string }>, respondents: Array<{ id: string, name: string }>, officeUnit: { id: string, name: string } | null, myResponses: Array<{ id: string, targetUnitId: string | null, answeredOn: string }> } } };

export type PublishQuestionnaireMutationVariables = Exact<{
  input: PublishQuestionnaireInput;
}>;


export type PublishQuestionnaireMutation = { publishQuestionnaire: { questionnaire: { intro: string | null, linkToken: string | null, id: string, title: string, status: QuestionnaireStatus, audience: SurveyAudience | null, roundId: string | null, roundName: string | null, responseCount: number | null, resultsShared: boolean, createdAt: string, createdByName: string, publishedAt: string | null, closedAt: string | null, version: number, questions: Array<{ kind: QuestionKind, text: string, required: boolean, options: Array<string>, scaleMax: number | null, lowLabel: string | null, highLabel: string | null }>, targets: Array<{ id: string, name: string }>, respondents: Array<{ id: string, name: string }>, officeUnit: { id: string, name: string } | null, myResponses: Array<{ id: string, targetUnitId: string | null, answeredOn: string }> } } };

export type CloseQuestionnaireMutationVariables = Exact<{
  input: QuestionnaireVersionInput;
}>;


export type CloseQuestionnaireMutation = { closeQuestionnaire: { questionnaire: { intro: string | null, linkToken: string | null, id: string, title: string, status: QuestionnaireStatus, audience: SurveyAudience | null, roundId: string | null, roundName: string | null, responseCount: number | null, resultsShared: boolean, createdAt: string, createdByName: string, publishedAt: string | null, closedAt: string | null, version: number, questions: Array<{ kind: QuestionKind, text: string, required: boolean, options: Array<string>, scaleMax: number | null, lowLabel: string | null, highLabel: string | null }>, targets: Array<{ id: string, name: string }>, respondents: Array<{ id: string, name: string }>, officeUnit: { id: string, name: string } | null, myResponses: Array<{ id: string, targetUnitId: string | null, answeredOn: string }> } } };

export type ShareQuestionnaireResultsMutationVariables = Exact<{
  input: QuestionnaireVersionInput;
}>;


export type ShareQuestionnaireResultsMutation = { shareQuestionnaireResults: { questionnaire: { intro: string | null, linkToken: string | null, id: string, title: string, status: QuestionnaireStatus, audience: SurveyAudience | null, roundId: string | null, roundName: string | null, responseCount: number | null, resultsShared: boolean, createdAt: string, createdByName: string, publishedAt: string | null, closedAt: string | null, version: number, questions: Array<{ kind: QuestionKind, text: string, required: boolean, options: Array<string>, scaleMax: number | null, lowLabel: string | null, highLabel: string | null }>, targets: Array<{ id: string, name: string }>, respondents: Array<{ id: string, name: string }>, officeUnit: { id: string, name: string } | null, myResponses: Array<{ id: string, targetUnitId: string | null, answeredOn: string }> } } };

export type AnswerQuestionnaireMutationVariables = Exact<{
  input: AnswerQuestionnaireInput;
}>;


export type AnswerQuestionnaireMutation = { answerQuestionnaire: { response: { id: string, targetUnitId: string | null, answeredOn: string } } };

export type InvestigationFieldsFragment = { id: string, subject: string, status: InvestigationStatus, conclusion: InvestigationConclusion | null, conclusionText: string | null, linkedUnits: Array<string>, linkedPeople: Array<string>, openerName: string, openedAt: string, concludedAt: string | null, version: number, findings: Array<{ id: string, text: string, byName: string, recordedAt: string }>, case: { id: string, code: string, title: string } };

export type UnsatisfiedRatingsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UnsatisfiedRatingsQuery = { unsatisfiedRatings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, comment: string | null, raterName: string, ratedAt: string, ratedUnit: { name: string }, investigation: { id: string, status: InvestigationStatus } | null, case: { id: string, code: string, title: string, timeline: Array<{ kind: CaseEventKind, actorName: string, note: string | null, occurredAt: string }> } } }> } };

export type InvestigationsQueryVariables = Exact<{
  filter?: InvestigationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InvestigationsQuery = { investigations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, subject: string, status: InvestigationStatus, conclusion: InvestigationConclusion | null, conclusionText: string | null, linkedUnits: Array<string>, linkedPeople: Array<string>, openerName: string, openedAt: string, concludedAt: string | null, version: number, findings: Array<{ id: string, text: string, byName: string, recordedAt: string }>, case: { id: string, code: string, title: string } } }> } };

export type OpenInvestigationMutationVariables = Exact<{
  input: OpenInvestigationInput;
}>;


export type OpenInvestigationMutation = { openInvestigation: { investigation: { id: string, subject: string, status: InvestigationStatus, conclusion: InvestigationConclusion | null, conclusionText: string | null, linkedUnits: Array<string>, linkedPeople: Array<string>, openerName: string, openedAt: string, concludedAt: string | null, version: number, findings: Array<{ id: string, text: string, byName: string, recordedAt: string }>, case: { id: string, code: string, title: string } } } };

export type RecordInvestigationFindingMutationVariables = Exact<{
  input: RecordInvestigationFindingInput;
}>;


export type RecordInvestigationFindingMutation = { recordInvestigationFinding: { investigation: { id: string, subject: string, status: InvestigationStatus, conclusion: InvestigationConclusion | null, conclusionText: string | null, linkedUnits: Array<string>, linkedPeople: Array<string>, openerName: string, openedAt: string, concludedAt: string | null, version: number, findings: Array<{ id: string, text: string, byName: string, recordedAt: string }>, case: { id: string, code: string, title: string } } } };

export type ConcludeInvestigationMutationVariables = Exact<{
  input: ConcludeInvestigationInput;
}>;


export type ConcludeInvestigationMutation = { concludeInvestigation: { investigation: { id: string, subject: string, status: InvestigationStatus, conclusion: InvestigationConclusion | null, conclusionText: string | null, linkedUnits: Array<string>, linkedPeople: Array<string>, openerName: string, openedAt: string, concludedAt: string | null, version: number, findings: Array<{ id: string, text: string, byName: string, recordedAt: string }>, case: { id: string, code: string, title: string } } } };

export type ListImportFieldsFragment = { id: string, kind: ListKind, fileName: string, status: ImportStatus, totalRows: number, processedRows: number, createdCount: number, updatedCount: number, unchangedCount: number, errorCount: number, message: string | null, actorName: string, startedAt: string, finishedAt: string | null };

export type ListImportQueryVariables = Exact<{
  id: string;
  errors?: number | null | undefined;
}>;


export type ListImportQuery = { listImport: { id: string, kind: ListKind, fileName: string, status: ImportStatus, totalRows: number, processedRows: number, createdCount: number, updatedCount: number, unchangedCount: number, errorCount: number, message: string | null, actorName: string, startedAt: string, finishedAt: string | null, errors: Array<{ row: number, column: string | null, reason: string }> } };

export type ItemDetailsFieldsFragment = { power: { type: PowerType | null, level: UnitLevel | null, legalBasis: string | null, catalogueCode: string | null, supervisionDuties: Array<string | null> | null } | null, dutyTask: { mandateDuty: string | null, workNorm: string | null, steps: Array<{ order: number, actorUnitCode: string | null, action: string | null, timeLimitDays: number | null } | null> | null } | null, boundary: { scope: BoundaryScope | null, batch: number, leadResponsibility: string | null, responsibleOffices: Array<string | null> | null, collaborationSteps: Array<string | null> | null, legalBasis: string | null, originDisputeCode: string | null, cooperating: Array<{ unitCode: string | null, responsibility: string | null } | null> | null } | null, territorial: { custom: boolean, leadResponsibility: string | null, townshipResponsibility: string | null } | null, collaboration: { kind: CollaborationKind | null, leadResponsibility: string | null, responsibleOffices: Array<string | null> | null, workflow: Array<string | null> | null, cooperating: Array<{ unitCode: string | null, responsibility: string | null } | null> | null } | null, village: { kind: VillageKind | null, task: string | null } | null };

export type ListItemRowFragment = { id: string, kind: ListKind, code: string, name: string, status: ItemStatus, publishedVersion: number, unitId: string, unit: { id: string, code: string, name: string }, details: { power: { type: PowerType | null, level: UnitLevel | null } | null, boundary: { scope: BoundaryScope | null, batch: number } | null, territorial: { custom: boolean } | null, collaboration: { kind: CollaborationKind | null } | null, village: { kind: VillageKind | null } | null } };

export type ListItemsQueryVariables = Exact<{
  filter: ListItemFilter;
  first: number;
  after?: string | null | undefined;
}>;


export type ListItemsQuery = { listItems: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: ListKind, code: string, name: string, status: ItemStatus, publishedVersion: number, unitId: string, unit: { id: string, code: string, name: string }, details: { power: { type: PowerType | null, level: UnitLevel | null } | null, boundary: { scope: BoundaryScope | null, batch: number } | null, territorial: { custom: boolean } | null, collaboration: { kind: CollaborationKind | null } | null, village: { kind: VillageKind | null } | null } } }> } };

export type ListItemDetailQueryVariables = Exact<{
  id: string;
}>;


export type ListItemDetailQuery = { listItem: { id: string, kind: ListKind, code: string, name: string, status: ItemStatus, publishedVersion: number, version: number, unitId: string, unit: { id: string, code: string, name: string, parentId: string | null }, details: { power: { type: PowerType | null, level: UnitLevel | null, legalBasis: string | null, catalogueCode: string | null, supervisionDuties: Array<string | null> | null } | null, dutyTask: { mandateDuty: string | null, workNorm: string | null, steps: Array<{ order: number, actorUnitCode: string | null, action: string | null, timeLimitDays: number | null } | null> | null } | null, boundary: { scope: BoundaryScope | null, batch: number, leadResponsibility: string | null, responsibleOffices: Array<string | null> | null, collaborationSteps: Array<string | null> | null, legalBasis: string | null, originDisputeCode: string | null, cooperating: Array<{ unitCode: string | null, responsibility: string | null } | null> | null } | null, territorial: { custom: boolean, leadResponsibility: string | null, townshipResponsibility: string | null } | null, collaboration: { kind: CollaborationKind | null, leadResponsibility: string | null, responsibleOffices: Array<string | null> | null, workflow: Array<string | null> | null, cooperating: Array<{ unitCode: string | null, responsibility: string | null } | null> | null } | null, village: { kind: VillageKind | null, task: string | null } | null }, versions: Array<{ versionNo: number, name: string, status: ItemStatus, publishedAt: string, publishedBy: string, changeId: string | null }> } };

export type ListItemDiffQueryVariables = Exact<{
  itemId: string;
  fromVersion: number;
  toVersion: number;
}>;


export type ListItemDiffQuery = { listItemDiff: Array<{ path: string, before: string | null, after: string | null }> };

export type ListCountsQueryVariables = Exact<{
  kind: ListKind;
}>;


export type ListCountsQuery = { listCounts: Array<{ unitId: string, powerType: PowerType | null, count: number }> };

export type ListChangeOutcomeFragment = { id: string, changeType: ChangeType, status: ChangeStatus, itemId: string, resultingVersion: number | null };

export type ListChangesQueryVariables = Exact<{
  status?: ChangeStatus | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ListChangesQuery = { listChanges: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, changeType: ChangeType, status: ChangeStatus, baseVersion: number, proposedName: string | null, reason: string, legalBasis: string | null, proposerName: string, proposerUnitId: string, proposedAt: string, decidedAt: string | null, decidedByName: string | null, decisionReason: string | null, resultingVersion: number | null, itemId: string, proposedDetails: { power: { type: PowerType | null, level: UnitLevel | null, legalBasis: string | null, catalogueCode: string | null, supervisionDuties: Array<string | null> | null } | null, dutyTask: { mandateDuty: string | null, workNorm: string | null, steps: Array<{ order: number, actorUnitCode: string | null, action: string | null, timeLimitDays: number | null } | null> | null } | null, boundary: { scope: BoundaryScope | null, batch: number, leadResponsibility: string | null, responsibleOffices: Array<string | null> | null, collaborationSteps: Array<string | null> | null, legalBasis: string | null, originDisputeCode: string | null, cooperating: Array<{ unitCode: string | null, responsibility: string | null } | null> | null } | null, territorial: { custom: boolean, leadResponsibility: string | null, townshipResponsibility: string | null } | null, collaboration: { kind: CollaborationKind | null, leadResponsibility: string | null, responsibleOffices: Array<string | null> | null, workflow: Array<string | null> | null, cooperating: Array<{ unitCode: string | null, responsibility: string | null } | null> | null } | null, village: { kind: VillageKind | null, task: string | null } | null } | null, proposerUnit: { id: string, code: string, name: string, kind: UnitKind }, item: { id: string, kind: ListKind, code: string, name: string, status: ItemStatus, publishedVersion: number, unit: { id: string, code: string, name: string }, details: { power: { type: PowerType | null, level: UnitLevel | null, legalBasis: string | null, catalogueCode: string | null, supervisionDuties: Array<string | null> | null } | null, dutyTask: { mandateDuty: string | null, workNorm: string | null, steps: Array<{ order: number, actorUnitCode: string | null, action: string | null, timeLimitDays: number | null } | null> | null } | null, boundary: { scope: BoundaryScope | null, batch: number, leadResponsibility: string | null, responsibleOffices: Array<string | null> | null, collaborationSteps: Array<string | null> | null, legalBasis: string | null, originDisputeCode: string | null, cooperating: Array<{ unitCode: string | null, responsibility: string | null } | null> | null } | null, territorial: { custom: boolean, leadResponsibility: string | null, townshipResponsibility: string | null } | null, collaboration: { kind: CollaborationKind | null, leadResponsibility: string | null, responsibleOffices: Array<string | null> | null, workflow: Array<string | null> | null, cooperating: Array<{ unitCode: string | null, responsibility: string | null } | null> | null } | null, village: { kind: VillageKind | null, task: string | null } | null } } } }> } };

export type UnitsByCodesQueryVariables = Exact<{
  codes: Array<string> | string;
}>;


export type UnitsByCodesQuery = { unitsByCodes: Array<{ code: string, name: string }> };

export type ProposeListChangeMutationVariables = Exact<{
  input: ProposeListChangeInput;
}>;


export type ProposeListChangeMutation = { proposeListChange: { change: { id: string, changeType: ChangeType, status: ChangeStatus, itemId: string, resultingVersion: number | null } } };

export type DecideListChangeMutationVariables = Exact<{
  input: DecideListChangeInput;
}>;


export type DecideListChangeMutation = { decideListChange: { change: { id: string, changeType: ChangeType, status: ChangeStatus, itemId: string, resultingVersion: number | null } } };

export type WithdrawListChangeMutationVariables = Exact<{
  changeId: string;
}>;


export type WithdrawListChangeMutation = { withdrawListChange: { change: { id: string, changeType: ChangeType, status: ChangeStatus, itemId: string, resultingVersion: number | null } } };

export type DutyRowFragment = { id: string, unitId: string, ordinal: number, text: string, role: DutyRole, changeStatus: DutyChangeStatus, relatedUnitId: string | null, version: number, relatedUnit: { id: string, code: string, name: string } | null };

export type StaffingFieldsFragment = { unitId: string, administrativePosts: number, institutionalPosts: number, serviceWorkerPosts: number, leaderPosts: number, actualHeadcount: number, version: number, updatedAt: string };

export type StaffingFiguresFieldsFragment = { administrativePosts: number, institutionalPosts: number, serviceWorkerPosts: number, leaderPosts: number, actualHeadcount: number };

export type StaffingChangeRowFragment = { id: string, effectiveDate: string, documentNo: string, reason: string, changedByName: string, changedAt: string, before: { administrativePosts: number, institutionalPosts: number, serviceWorkerPosts: number, leaderPosts: number, actualHeadcount: number } | null, after: { administrativePosts: number, institutionalPosts: number, serviceWorkerPosts: number, leaderPosts: number, actualHeadcount: number } };

export type MandateQueryVariables = Exact<{
  unitId: string;
  filter?: DutyFilter | null | undefined;
}>;


export type MandateQuery = { mandate: { unitId: string, unit: { id: string, code: string, name: string, kind: UnitKind }, duties: Array<{ id: string, unitId: string, ordinal: number, text: string, role: DutyRole, changeStatus: DutyChangeStatus, relatedUnitId: string | null, version: number, relatedUnit: { id: string, code: string, name: string } | null }>, staffing: { unitId: string, administrativePosts: number, institutionalPosts: number, serviceWorkerPosts: number, leaderPosts: number, actualHeadcount: number, version: number, updatedAt: string } | null, offices: Array<{ id: string, code: string, name: string }> } };

export type StaffingHistoryQueryVariables = Exact<{
  unitId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StaffingHistoryQuery = { mandate: { unitId: string, staffingHistory: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, effectiveDate: string, documentNo: string, reason: string, changedByName: string, changedAt: string, before: { administrativePosts: number, institutionalPosts: number, serviceWorkerPosts: number, leaderPosts: number, actualHeadcount: number } | null, after: { administrativePosts: number, institutionalPosts: number, serviceWorkerPosts: number, leaderPosts: number, actualHeadcount: number } } }> } } };

export type SaveDutyMutationVariables = Exact<{
  input: SaveDutyInput;
}>;


export type SaveDutyMutation = { saveDuty: { duty: { id: string, unitId: string, ordinal: number, text: string, role: DutyRole, changeStatus: DutyChangeStatus, relatedUnitId: string | null, version: number, relatedUnit: { id: string, code: string, name: string } | null } } };

export type RemoveDutyMutationVariables = Exact<{
  input: RemoveDutyInput;
}>;


export type RemoveDutyMutation = { removeDuty: { removedId: string } };

export type ChangeStaffingMutationVariables = Exact<{
  input: ChangeStaffingInput;
}>;


export type ChangeStaffingMutation = { changeStaffing: { staffing: { unitId: string, administrativePosts: number, institutionalPosts: number, serviceWorkerPosts: number, leaderPosts: number, actualHeadcount: number, version: number, updatedAt: string }, change: { id: string, effectiveDate: string, documentNo: string, reason: string, changedByName: string, changedAt: string, before: { administrativePosts: number, institutionalPosts: number, serviceWorkerPosts: number, leaderPosts: number, actualHeadcount: number } | null, after: { administrativePosts: number, institutionalPosts: number, serviceWorkerPosts: number, leaderPosts: number, actualHeadcount: number } } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { subject: string, username: string | null, displayName: string, system: boolean, roles: Array<Role>, officeId: string | null, unit: { id: string, code: string, name: string, kind: UnitKind, level: UnitLevel, category: UnitCategory | null, creditCode: string | null, parentId: string | null, depth: number, childCount: number } } };

export type NotificationsQueryVariables = Exact<{
  unreadOnly?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type NotificationsQuery = { notifications: { totalCount: number, unreadCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: string, title: string, link: string, createdAt: string, readAt: string | null } }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string> | string | null | undefined;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: { marked: number, unreadCount: number } };

export type NotificationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationSettingsQuery = { notificationSettings: { kinds: Array<{ kind: string, enabled: boolean }> } };

export type UpdateNotificationSettingsMutationVariables = Exact<{
  mutedKinds: Array<string> | string;
}>;


export type UpdateNotificationSettingsMutation = { updateNotificationSettings: { unreadCount: number, settings: { kinds: Array<{ kind: string, enabled: boolean }> } } };

export type UnitFieldsFragment = { id: string, code: string, name: string, kind: UnitKind, level: UnitLevel, category: UnitCategory | null, creditCode: string | null, parentId: string | null, depth: number, childCount: number };

export type UnitsQueryVariables = Exact<{
  filter?: UnitFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type UnitsQuery = { units: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string, name: string, kind: UnitKind, level: UnitLevel, category: UnitCategory | null, creditCode: string | null, parentId: string | null, depth: number, childCount: number } }> } };

export type UnitDetailQueryVariables = Exact<{
  id: string;
}>;


export type UnitDetailQuery = { unit: { id: string, code: string, name: string, kind: UnitKind, level: UnitLevel, category: UnitCategory | null, creditCode: string | null, parentId: string | null, depth: number, childCount: number, parent: { id: string, code: string, name: string } | null } };

export type UnitAncestryQueryVariables = Exact<{
  id: string;
}>;


export type UnitAncestryQuery = { unit: { id: string, parentId: string | null, parent: { id: string, parentId: string | null, parent: { id: string, parentId: string | null, parent: { id: string, parentId: string | null } | null } | null } | null } };

export type UnitChoicesQueryVariables = Exact<{
  filter?: UnitFilter | null | undefined;
  first: number;
}>;


export type UnitChoicesQuery = { units: { edges: Array<{ node: { id: string, code: string, name: string, kind: UnitKind, parent: { name: string } | null } }> } };

export type PageFieldsFragment = { hasNextPage: boolean, endCursor: string | null };

export type WorkloadSummaryQueryVariables = Exact<{
  year: number;
}>;


export type WorkloadSummaryQuery = { workloadSummary: { year: number, offices: Array<{ items: number, received: string, completed: string, shareOfDepartment: string, office: { id: string, code: string, name: string }, department: { id: string, name: string } }>, departments: Array<{ offices: number, received: string, completed: string, department: { id: string, name: string } }> } };

export type SuggestPostsToMoveQueryVariables = Exact<{
  input: SuggestPostsInput;
}>;


export type SuggestPostsToMoveQuery = { suggestPostsToMove: { itemId: string, itemName: string, itemCompleted: string, officeCompleted: string, officePosts: number, share: string, exactPosts: string, posts: number, office: { name: string }, toUnit: { name: string } } };

export type StatisticsGroupFieldsFragment = { key: string, label: string, cases: number, dispatches: number, closed: number, replied: number, onTime: number, ratings: number, satisfied: number, basicallySatisfied: number, unsatisfied: number, satisfactionRate: number | null, onTimeRate: number | null, ranked: boolean, rank: number | null, reopened: number, reopenRate: number | null, visits: number, visitSatisfied: number, visitBasicallySatisfied: number, visitUnsatisfied: number, visitSatisfactionRate: number | null };

export type CaseStatisticsQueryVariables = Exact<{
  input: CaseStatisticsInput;
}>;


export type CaseStatisticsQuery = { caseStatistics: { groupBy: StatisticsGroupBy, minSample: number, groups: Array<{ key: string, label: string, cases: number, dispatches: number, closed: number, replied: number, onTime: number, ratings: number, satisfied: number, basicallySatisfied: number, unsatisfied: number, satisfactionRate: number | null, onTimeRate: number | null, ranked: boolean, rank: number | null, reopened: number, reopenRate: number | null, visits: number, visitSatisfied: number, visitBasicallySatisfied: number, visitUnsatisfied: number, visitSatisfactionRate: number | null }>, totals: { key: string, label: string, cases: number, dispatches: number, closed: number, replied: number, onTime: number, ratings: number, satisfied: number, basicallySatisfied: number, unsatisfied: number, satisfactionRate: number | null, onTimeRate: number | null, ranked: boolean, rank: number | null, reopened: number, reopenRate: number | null, visits: number, visitSatisfied: number, visitBasicallySatisfied: number, visitUnsatisfied: number, visitSatisfactionRate: number | null } } };

export type CaseBoardQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseBoardQuery = { caseBoard: { snapshotAt: string, overdueDispatches: number, awaitingAcceptance: number, disputed: number, newToday: number, closedToday: number, openByStatus: Array<{ status: CaseStatus, count: number }> } };

export type MyTodoQueryVariables = Exact<{
  kinds?: Array<TodoKind> | TodoKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyTodoQuery = { myTodo: { totalCount: number, counts: Array<{ kind: TodoKind, count: number, overdue: number }>, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { kind: TodoKind, deadline: string | null, overdue: boolean, since: string, case: { id: string, code: string, title: string, address: string }, dispatch: { id: string, role: DispatchRole, instructions: string | null, fromUnit: { id: string, name: string }, toUnit: { id: string, name: string } } | null, appeal: { id: string, reason: string, appellantName: string } | null } }> } };

export type MatterRowFragment = { id: string, kind: MatterKind, documentNo: string, approvedOn: string, content: string, version: number, unit: { id: string, code: string, name: string } };

export type IndicatorRowFragment = { code: string, name: string, points: number, method: IndicatorMethod, guidance: string };

export type TemplateRowFragment = { kind: MatterKind, version: number, updatedAt: string, indicators: Array<{ code: string, name: string, points: number, method: IndicatorMethod, guidance: string }> };

export type ApplicationRowFragment = { id: string, kind: MatterKind, title: string, reason: string, submittedBy: string, submittedAt: string, unit: { id: string, name: string } };

export type RoundRowFragment = { id: string, name: string, planDate: string, step: TrackingStep, version: number };

export type EstablishmentMattersQueryVariables = Exact<{
  filter?: EstablishmentMatterFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EstablishmentMattersQuery = { establishmentMatters: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, kind: MatterKind, documentNo: string, approvedOn: string, content: string, version: number, unit: { id: string, code: string, name: string } } }> } };

export type TrackingRoundsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TrackingRoundsQuery = { trackingRounds: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, planDate: string, step: TrackingStep, version: number } }> } };

export type TrackingRoundQueryVariables = Exact<{
  id: string;
}>;


export type TrackingRoundQuery = { trackingRound: { id: string, name: string, planDate: string, step: TrackingStep, version: number, steps: Array<{ step: TrackingStep, doneOn: string, doneByName: string, note: string | null }>, matters: Array<{ reviewId: string, included: boolean, proposed: boolean, reason: string | null, selfCheck: string | null, selfCheckBy: string | null, selfCheckAt: string | null, result: string | null, recommendation: RecommendationKind | null, matter: { id: string, kind: MatterKind, documentNo: string, approvedOn: string, content: string, version: number, unit: { id: string, code: string, name: string } }, indicators: Array<{ code: string, name: string, points: number, method: IndicatorMethod, guidance: string }>, scores: Array<{ indicatorCode: string, earned: string | null, notApplicable: boolean, evidence: string | null, scoredByName: string, scoredAt: string }>, rectifications: Array<{ id: string, requirement: string, deadline: string, doneOn: string | null, version: number }>, archive: { contentHash: string, archivedAt: string, archivedBy: string } | null }> } };

export type RankingOfKindQueryVariables = Exact<{
  roundId: string;
  kind: MatterKind;
}>;


export type RankingOfKindQuery = { rankingOfKind: Array<{ rank: number, result: string, matter: { id: string, documentNo: string, unit: { name: string } } }> };

export type AdvanceRoundStepMutationVariables = Exact<{
  input: AdvanceRoundStepInput;
}>;


export type AdvanceRoundStepMutation = { advanceRoundStep: { round: { id: string, name: string, planDate: string, step: TrackingStep, version: number } } };

export type PlanTrackingRoundMutationVariables = Exact<{
  input: PlanTrackingRoundInput;
}>;


export type PlanTrackingRoundMutation = { planTrackingRound: { round: { id: string, name: string, planDate: string, step: TrackingStep, version: number } } };

export type CreateEstablishmentMatterMutationVariables = Exact<{
  input: CreateEstablishmentMatterInput;
}>;


export type CreateEstablishmentMatterMutation = { createEstablishmentMatter: { matter: { id: string, kind: MatterKind, documentNo: string, approvedOn: string, content: string, version: number, unit: { id: string, code: string, name: string } } } };

export type UpdateEstablishmentMatterMutationVariables = Exact<{
  input: UpdateEstablishmentMatterInput;
}>;


export type UpdateEstablishmentMatterMutation = { updateEstablishmentMatter: { matter: { id: string, kind: MatterKind, documentNo: string, approvedOn: string, content: string, version: number, unit: { id: string, code: string, name: string } } } };

export type TrackingTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type TrackingTemplatesQuery = { trackingTemplates: Array<{ kind: MatterKind, version: number, updatedAt: string, indicators: Array<{ code: string, name: string, points: number, method: IndicatorMethod, guidance: string }> }> };

export type SaveTrackingTemplateMutationVariables = Exact<{
  input: SaveTrackingTemplateInput;
}>;


export type SaveTrackingTemplateMutation = { saveTrackingTemplate: { template: { kind: MatterKind, version: number, updatedAt: string, indicators: Array<{ code: string, name: string, points: number, method: IndicatorMethod, guidance: string }> } } };

export type ChangeRoundScopeMutationVariables = Exact<{
  input: ChangeRoundScopeInput;
}>;


export type ChangeRoundScopeMutation = { changeRoundScope: { round: { id: string, name: string, planDate: string, step: TrackingStep, version: number } } };

export type SubmitSelfCheckMutationVariables = Exact<{
  input: SubmitSelfCheckInput;
}>;


export type SubmitSelfCheckMutation = { submitSelfCheck: { selfCheck: string } };

export type ScoreMatterMutationVariables = Exact<{
  input: ScoreMatterInput;
}>;


export type ScoreMatterMutation = { scoreMatter: { result: string | null } };

export type RequireRectificationMutationVariables = Exact<{
  input: RequireRectificationInput;
}>;


export type RequireRectificationMutation = { requireRectification: { rectification: { id: string } } };

export type RecordRectificationMutationVariables = Exact<{
  input: RecordRectificationInput;
}>;


export type RecordRectificationMutation = { recordRectification: { rectification: { id: string, doneOn: string | null } } };

export type ArchiveReviewMutationVariables = Exact<{
  input: ArchiveReviewInput;
}>;


export type ArchiveReviewMutation = { archiveReview: { entry: { contentHash: string } } };

export type EstablishmentApplicationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EstablishmentApplicationsQuery = { establishmentApplications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, kind: MatterKind, title: string, reason: string, submittedBy: string, submittedAt: string, unit: { id: string, name: string } } }> } };

export type EstablishmentSuspensionQueryVariables = Exact<{ [key: string]: never; }>;


export type EstablishmentSuspensionQuery = { establishmentSuspension: { unitId: string, suspended: boolean, reason: string | null } };

export type ApplyForEstablishmentMutationVariables = Exact<{
  input: ApplyForEstablishmentInput;
}>;


export type ApplyForEstablishmentMutation = { applyForEstablishment: { application: { id: string, kind: MatterKind, title: string, reason: string, submittedBy: string, submittedAt: string, unit: { id: string, name: string } } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AuditEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment AuditEntryFields on AuditEntry {
  seq
  occurredAt
  actorName
  actorUnit
  action
  entityType
  entityId
  hash
  prevHash
  hashValid
  changes {
    field
    before
    after
  }
}
    `, {"fragmentName":"AuditEntryFields"}) as unknown as TypedDocumentString<AuditEntryFieldsFragment, unknown>;
export const CaseBasisFieldsFragmentDoc = new TypedDocumentString(`
    fragment CaseBasisFields on CaseBasis {
  powerItemId
  powerItemVersion
  supervisionDuty
  powerItem {
    id
    code
    name
  }
}
    `, {"fragmentName":"CaseBasisFields"}) as unknown as TypedDocumentString<CaseBasisFieldsFragment, unknown>;
export const BasisItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment BasisItemFields on ListItem {
  id
  code
  name
  details {
    power {
      type
      supervisionDuties
    }
  }
}
    `, {"fragmentName":"BasisItemFields"}) as unknown as TypedDocumentString<BasisItemFieldsFragment, unknown>;
export const BasisItemCountFieldsFragmentDoc = new TypedDocumentString(`
    fragment BasisItemCountFields on BasisItemCount {
  itemId
  itemCode
  itemName
  powerType
  departmentId
  departmentName
  cases
  dispatches
}
    `, {"fragmentName":"BasisItemCountFields"}) as unknown as TypedDocumentString<BasisItemCountFieldsFragment, unknown>;
export const CaseRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment CaseRowFields on Case {
  id
  code
  title
  address
  status
  priority
  source
  reportedAt
  deadline
  categoryText
  categoryItem {
    id
    name
  }
  areaUnit {
    id
    name
  }
  originUnit {
    id
    name
  }
}
    `, {"fragmentName":"CaseRowFields"}) as unknown as TypedDocumentString<CaseRowFieldsFragment, unknown>;
export const DispatchFieldsFragmentDoc = new TypedDocumentString(`
    fragment DispatchFields on Dispatch {
  id
  parentDispatchId
  round
  role
  status
  instructions
  fromUnitId
  fromName
  fromUnit {
    id
    name
  }
  toUnitId
  toUnit {
    id
    name
  }
  sentAt
  signDeadline
  handleDeadline
  signedAt
  signedByName
  refusedAt
  refusalReason
  repliedAt
  repliedByName
  replyText
  replyAttachments
  overdue
  closedAt
  closeReason
  closedByName
  version
}
    `, {"fragmentName":"DispatchFields"}) as unknown as TypedDocumentString<DispatchFieldsFragment, unknown>;
export const ClaimStatFieldsFragmentDoc = new TypedDocumentString(`
    fragment ClaimStatFields on ClaimStat {
  unitId
  catalogueSize
  claimed
  claimRate
  inspectionItems
  covered
  coverage
}
    `, {"fragmentName":"ClaimStatFields"}) as unknown as TypedDocumentString<ClaimStatFieldsFragment, unknown>;
export const ComparisonSummaryFragmentDoc = new TypedDocumentString(`
    fragment ComparisonSummary on ListComparison {
  id
  kind
  runAt
  runBy
  subjectItems
  referenceItems
  subjectUnit {
    id
    code
    name
  }
  referenceUnit {
    id
    code
    name
  }
}
    `, {"fragmentName":"ComparisonSummary"}) as unknown as TypedDocumentString<ComparisonSummaryFragment, unknown>;
export const DisputeFieldsFragmentDoc = new TypedDocumentString(`
    fragment DisputeFields on Dispute {
  id
  code
  rung
  status
  openedAt
  resolvedAt
  decision
  leadResponsibility
  boundaryItemId
  leadUnit {
    id
    name
  }
  cooperating {
    responsibility
    unit {
      id
      name
    }
  }
  steps {
    id
    rung
    kind
    actorName
    note
    participants
    occurredAt
  }
  case {
    id
    code
    title
    status
    categoryText
    address
    areaUnit {
      name
    }
  }
}
    `, {"fragmentName":"DisputeFields"}) as unknown as TypedDocumentString<DisputeFieldsFragment, unknown>;
export const EscalationRuleFieldsFragmentDoc = new TypedDocumentString(`
    fragment EscalationRuleFields on EscalationRule {
  id
  inherited
  categoryItemId
  categoryItemName
  categoryText
  warnBeforeHours
  remindAtDeadline
  escalateAfterDays
  version
  updatedAt
  updatedByName
}
    `, {"fragmentName":"EscalationRuleFields"}) as unknown as TypedDocumentString<EscalationRuleFieldsFragment, unknown>;
export const EvaluationDrawRowFragmentDoc = new TypedDocumentString(`
    fragment EvaluationDrawRow on EvaluationDraw {
  id
  roundId
  roundName
  status
  strata {
    stratum
    k
  }
  kOffice
  inspectorsPerUnit
  frozenHash
  seed
  seedGenerated
  cancelReason
  createdByName
  createdAt
  frozenAt
  seededAt
  drawnAt
  cancelledAt
  version
}
    `, {"fragmentName":"EvaluationDrawRow"}) as unknown as TypedDocumentString<EvaluationDrawRowFragment, unknown>;
export const EvaluationDrawDetailFragmentDoc = new TypedDocumentString(`
    fragment EvaluationDrawDetail on EvaluationDraw {
  ...EvaluationDrawRow
  candidates {
    stratum
    k
    candidates {
      code
      name
    }
  }
  units {
    stratum
    unitId
    code
    name
    rank
    hash
  }
  offices {
    unitCode
    code
    name
    rank
    hash
  }
  inspectors {
    unitCode
    code
    name
    rank
    hash
  }
}
    fragment EvaluationDrawRow on EvaluationDraw {
  id
  roundId
  roundName
  status
  strata {
    stratum
    k
  }
  kOffice
  inspectorsPerUnit
  frozenHash
  seed
  seedGenerated
  cancelReason
  createdByName
  createdAt
  frozenAt
  seededAt
  drawnAt
  cancelledAt
  version
}`, {"fragmentName":"EvaluationDrawDetail"}) as unknown as TypedDocumentString<EvaluationDrawDetailFragment, unknown>;
export const DrawInspectorRowFragmentDoc = new TypedDocumentString(`
    fragment DrawInspectorRow on DrawInspector {
  id
  code
  name
  unitId
  unitCode
  unitName
  pastUnits {
    code
    name
  }
  pastUnitIds
  active
  version
}
    `, {"fragmentName":"DrawInspectorRow"}) as unknown as TypedDocumentString<DrawInspectorRowFragment, unknown>;
export const FieldworkLetterRowFragmentDoc = new TypedDocumentString(`
    fragment FieldworkLetterRow on FieldworkInquiryLetter {
  id
  roundId
  unitId
  letterNo
  subject
  questions
  replyDueOn
  issuedAt
  issuedByName
  replyText
  repliedAt
  repliedByName
  overdue
  pdfPath
  version
  unit {
    id
    name
  }
  addressee {
    id
    name
  }
  replyFiles {
    id
    fileName
    sizeBytes
  }
}
    `, {"fragmentName":"FieldworkLetterRow"}) as unknown as TypedDocumentString<FieldworkLetterRowFragment, unknown>;
export const FieldworkReportRowFragmentDoc = new TypedDocumentString(`
    fragment FieldworkReportRow on FieldworkReport {
  id
  status
  body
  submittedAt
  reviewComment
  reviewedAt
  reviewedByName
  updatedByName
  updatedAt
  version
  files {
    id
    fileName
    sizeBytes
  }
}
    `, {"fragmentName":"FieldworkReportRow"}) as unknown as TypedDocumentString<FieldworkReportRowFragment, unknown>;
export const FieldworkSymposiumRowFragmentDoc = new TypedDocumentString(`
    fragment FieldworkSymposiumRow on FieldworkSymposium {
  id
  heldOn
  place
  recordedByName
  updatedAt
  version
  attendees {
    name
    position
  }
  points {
    text
    problemId
  }
  talks {
    person
    position
    summary
  }
}
    `, {"fragmentName":"FieldworkSymposiumRow"}) as unknown as TypedDocumentString<FieldworkSymposiumRowFragment, unknown>;
export const EvaluationFormListRowFragmentDoc = new TypedDocumentString(`
    fragment EvaluationFormListRow on EvaluationSubmission {
  id
  form
  status
  dueAt
  locksAt
  submittedAt
  late
  unit {
    id
    name
  }
}
    `, {"fragmentName":"EvaluationFormListRow"}) as unknown as TypedDocumentString<EvaluationFormListRowFragment, unknown>;
export const EvaluationSubmissionRowFragmentDoc = new TypedDocumentString(`
    fragment EvaluationSubmissionRow on EvaluationSubmission {
  id
  form
  status
  dueAt
  locksAt
  submittedAt
  submittedByName
  reviewComment
  late
  version
  unit {
    id
    name
  }
}
    `, {"fragmentName":"EvaluationSubmissionRow"}) as unknown as TypedDocumentString<EvaluationSubmissionRowFragment, unknown>;
export const EvaluationFormRowsFragmentDoc = new TypedDocumentString(`
    fragment EvaluationFormRows on EvaluationFormContent {
  operations {
    goalId
    goalTitle
    target
    done
    figure
    met
    selfScore
    files {
      id
      fileName
      sizeBytes
    }
  }
  boundaries {
    listItemId
    itemCode
    itemName
    role
    performance
    casesHandled
    caseCodes
    problems
  }
  suggestions {
    kind
    fromOfficeId
    fromOfficeName
    toOfficeId
    toOfficeName
    dutyItemId
    dutyName
    reason
  }
}
    `, {"fragmentName":"EvaluationFormRows"}) as unknown as TypedDocumentString<EvaluationFormRowsFragment, unknown>;
export const EvaluationFormDetailFragmentDoc = new TypedDocumentString(`
    fragment EvaluationFormDetail on EvaluationForm {
  id
  roundId
  draftVersion
  savedAt
  savedByName
  editable
  reviewable
  submission {
    ...EvaluationSubmissionRow
  }
  content {
    ...EvaluationFormRows
  }
  versions {
    id
    seq
    submittedAt
    submittedByName
    late
    decision
    reviewComment
    rowComments {
      row
      comment
    }
    indicatorCode
    reviewedAt
    reviewedByName
    content {
      ...EvaluationFormRows
    }
  }
  offices {
    id
    name
    duties {
      itemId
      code
      name
      version
    }
  }
}
    fragment EvaluationFormRows on EvaluationFormContent {
  operations {
    goalId
    goalTitle
    target
    done
    figure
    met
    selfScore
    files {
      id
      fileName
      sizeBytes
    }
  }
  boundaries {
    listItemId
    itemCode
    itemName
    role
    performance
    casesHandled
    caseCodes
    problems
  }
  suggestions {
    kind
    fromOfficeId
    fromOfficeName
    toOfficeId
    toOfficeName
    dutyItemId
    dutyName
    reason
  }
}
fragment EvaluationSubmissionRow on EvaluationSubmission {
  id
  form
  status
  dueAt
  locksAt
  submittedAt
  submittedByName
  reviewComment
  late
  version
  unit {
    id
    name
  }
}`, {"fragmentName":"EvaluationFormDetail"}) as unknown as TypedDocumentString<EvaluationFormDetailFragment, unknown>;
export const GoalRowFragmentDoc = new TypedDocumentString(`
    fragment GoalRow on DutyGoal {
  id
  unitId
  year
  ordinal
  title
  status
  version
  targetKind
  targetQuantity
  targetUnit
  targetText
  reviewComment
  reviewedByName
  reviewedAt
  submittedAt
  publishedAt
  dutyId
  officeId
  powerItemId
  powerItem {
    id
    code
    name
  }
  unit {
    id
    code
    name
  }
  duty {
    id
    ordinal
    text
  }
  office {
    id
    name
  }
  milestones {
    id
    quarter
    description
    dueOn
    dueQuantity
  }
}
    `, {"fragmentName":"GoalRow"}) as unknown as TypedDocumentString<GoalRowFragment, unknown>;
export const GoalDetailFragmentDoc = new TypedDocumentString(`
    fragment GoalDetail on DutyGoal {
  ...GoalRow
  progress {
    id
    milestoneId
    report
    quantityReached
    reportedByName
    reportedAt
    files {
      id
      fileName
      sizeBytes
    }
  }
  verifications {
    id
    milestoneId
    verifiedOn
    people
    methods
    findings
    result
    recordedByName
  }
}
    fragment GoalRow on DutyGoal {
  id
  unitId
  year
  ordinal
  title
  status
  version
  targetKind
  targetQuantity
  targetUnit
  targetText
  reviewComment
  reviewedByName
  reviewedAt
  submittedAt
  publishedAt
  dutyId
  officeId
  powerItemId
  powerItem {
    id
    code
    name
  }
  unit {
    id
    code
    name
  }
  duty {
    id
    ordinal
    text
  }
  office {
    id
    name
  }
  milestones {
    id
    quarter
    description
    dueOn
    dueQuantity
  }
}`, {"fragmentName":"GoalDetail"}) as unknown as TypedDocumentString<GoalDetailFragment, unknown>;
export const LedgerRowFragmentDoc = new TypedDocumentString(`
    fragment LedgerRow on EvaluationLedgerItem {
  id
  version
  state
  unitId
  roundId
  roundName
  sourceKind
  indicatorCode
  description
  dueOn
  daysLate
  overdue
  daysOverdue
  failedVerifications
  openedAt
  unit {
    id
    code
    name
  }
}
    `, {"fragmentName":"LedgerRow"}) as unknown as TypedDocumentString<LedgerRowFragment, unknown>;
export const LedgerDetailFragmentDoc = new TypedDocumentString(`
    fragment LedgerDetail on EvaluationLedgerItem {
  ...LedgerRow
  sourceId
  goalId
  listItemId
  caseId
  dutyId
  trackingRectificationId
  goal {
    id
    year
    title
  }
  indicator {
    code
    name
  }
  listItem {
    id
    kind
    code
    name
  }
  case {
    id
    code
    title
  }
  duty {
    id
    unitId
    text
  }
  source {
    kind
    id
    formId
  }
  dueWorkingDays
  openedByName
  evidence
  rectifiedAt
  rectifiedByName
  verifiedAt
  verifiedByName
  rating
  closedAt
  closedByName
  actions {
    id
    description
    done
    doneAt
    doneByName
  }
  events {
    id
    kind
    at
    byName
    note
    rating
  }
  extensions {
    id
    status
    reason
    requestedDueOn
    previousDueOn
    requestedByName
    requestedAt
    decidedByName
    decidedAt
    decisionNote
  }
  evidenceFiles {
    id
    fileName
  }
}
    fragment LedgerRow on EvaluationLedgerItem {
  id
  version
  state
  unitId
  roundId
  roundName
  sourceKind
  indicatorCode
  description
  dueOn
  daysLate
  overdue
  daysOverdue
  failedVerifications
  openedAt
  unit {
    id
    code
    name
  }
}`, {"fragmentName":"LedgerDetail"}) as unknown as TypedDocumentString<LedgerDetailFragment, unknown>;
export const PeerAssessmentRowFragmentDoc = new TypedDocumentString(`
    fragment PeerAssessmentRow on PeerAssessment {
  roundId
  roundName
  roundStage
  seat
  configured
  closesAt
  windowOpen
  trimFrom
  generatedAt
  generatedByName
  version
  rules {
    raterKind
    targetKind
    ratersPerTarget
  }
}
    `, {"fragmentName":"PeerAssessmentRow"}) as unknown as TypedDocumentString<PeerAssessmentRowFragment, unknown>;
export const PeerTaskRowFragmentDoc = new TypedDocumentString(`
    fragment PeerTaskRow on PeerTask {
  target {
    id
    code
    name
  }
  targetKind
  score
  comment
  ratedAt
  version
}
    `, {"fragmentName":"PeerTaskRow"}) as unknown as TypedDocumentString<PeerTaskRowFragment, unknown>;
export const EvaluationResultRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment EvaluationResultRowFields on EvaluationResultRow {
  unitId
  unitCode
  unitName
  category
  total
  earned
  applicable
  complete
  rank
  unrankedReason
  previousTotal
  change
  comparedIndicators
  comparison
}
    `, {"fragmentName":"EvaluationResultRowFields"}) as unknown as TypedDocumentString<EvaluationResultRowFieldsFragment, unknown>;
export const EvaluationRoundRowFragmentDoc = new TypedDocumentString(`
    fragment EvaluationRoundRow on EvaluationRound {
  id
  name
  stage
  periodKind
  periodStart
  periodEnd
  minRankSample
  replyClosesAt
  publishedAt
  createdAt
  version
}
    `, {"fragmentName":"EvaluationRoundRow"}) as unknown as TypedDocumentString<EvaluationRoundRowFragment, unknown>;
export const EvaluationScoreRowFragmentDoc = new TypedDocumentString(`
    fragment EvaluationScoreRow on EvaluationScore {
  id
  unitId
  indicatorCode
  indicatorName
  source
  ruleKind
  points
  maxPoints
  notApplicable
  figure
  figureNumerator
  figureDenominator
  figureKind
  figureUnit
  figureSource
  rulePoints
  selfScore
  selfNote
  selfFileIds
  selfFiles {
    id
    fileName
    sizeBytes
  }
  firstScore
  firstReason
  lostPoints
  replyText
  replyFileIds
  replyFiles {
    id
    fileName
    sizeBytes
  }
  replyAt
  finalScore
  finalReason
  changedAfterPublication
  version
}
    `, {"fragmentName":"EvaluationScoreRow"}) as unknown as TypedDocumentString<EvaluationScoreRowFragment, unknown>;
export const ReminderLetterRowFragmentDoc = new TypedDocumentString(`
    fragment ReminderLetterRow on EvaluationReminderLetter {
  id
  letterNo
  missingForms
  issuedByName
  issuedAt
  pdfPath
  unit {
    id
    name
  }
}
    `, {"fragmentName":"ReminderLetterRow"}) as unknown as TypedDocumentString<ReminderLetterRowFragment, unknown>;
export const DutyFindingRowFragmentDoc = new TypedDocumentString(`
    fragment DutyFindingRow on DutyFinding {
  id
  verdict
  note
  evidence
  version
  recordedByName
  updatedAt
  problemRaised
  followUpProblemRaised
  wrongUnit {
    id
    code
    name
  }
}
    `, {"fragmentName":"DutyFindingRow"}) as unknown as TypedDocumentString<DutyFindingRowFragment, unknown>;
export const SandingCountsFieldsFragmentDoc = new TypedDocumentString(`
    fragment SandingCountsFields on SandingCounts {
  duties
  recorded
  fulfilled
  absent
  overstep
  misplaced
  followedUp
}
    `, {"fragmentName":"SandingCountsFields"}) as unknown as TypedDocumentString<SandingCountsFieldsFragment, unknown>;
export const SchemeRowFragmentDoc = new TypedDocumentString(`
    fragment SchemeRow on EvaluationScheme {
  id
  year
  versionNo
  name
  status
  totalPoints
  version
  usedByRounds
  editable
  createdByName
  updatedAt
}
    `, {"fragmentName":"SchemeRow"}) as unknown as TypedDocumentString<SchemeRowFragment, unknown>;
export const SchemeIndicatorRowFragmentDoc = new TypedDocumentString(`
    fragment SchemeIndicatorRow on SchemeIndicator {
  code
  parentCode
  name
  description
  depth
  isLeaf
  points
  pointsByCategory {
    category
    points
  }
  categories
  effectivePoints {
    category
    points
  }
  source
  sourceBody
  rule {
    kind
    target
    perOccurrence
    floor
    cap
    threshold
  }
  computation {
    name
    params {
      name
      value
    }
  }
  previousCode
  comparable
  previous {
    code
    name
  }
}
    `, {"fragmentName":"SchemeIndicatorRow"}) as unknown as TypedDocumentString<SchemeIndicatorRowFragment, unknown>;
export const QuestionnaireRowFragmentDoc = new TypedDocumentString(`
    fragment QuestionnaireRow on Questionnaire {
  id
  title
  status
  audience
  roundId
  roundName
  responseCount
  resultsShared
  createdAt
  createdByName
  publishedAt
  closedAt
  version
}
    `, {"fragmentName":"QuestionnaireRow"}) as unknown as TypedDocumentString<QuestionnaireRowFragment, unknown>;
export const QuestionnaireDetailFragmentDoc = new TypedDocumentString(`
    fragment QuestionnaireDetail on Questionnaire {
  ...QuestionnaireRow
  intro
  linkToken
  questions {
    kind
    text
    required
    options
    scaleMax
    lowLabel
    highLabel
  }
  targets {
    id
    name
  }
  respondents {
    id
    name
  }
  officeUnit {
    id
    name
  }
  myResponses {
    id
    targetUnitId
    answeredOn
  }
}
    fragment QuestionnaireRow on Questionnaire {
  id
  title
  status
  audience
  roundId
  roundName
  responseCount
  resultsShared
  createdAt
  createdByName
  publishedAt
  closedAt
  version
}`, {"fragmentName":"QuestionnaireDetail"}) as unknown as TypedDocumentString<QuestionnaireDetailFragment, unknown>;
export const InvestigationFieldsFragmentDoc = new TypedDocumentString(`
    fragment InvestigationFields on Investigation {
  id
  subject
  status
  conclusion
  conclusionText
  linkedUnits
  linkedPeople
  openerName
  openedAt
  concludedAt
  version
  findings {
    id
    text
    byName
    recordedAt
  }
  case {
    id
    code
    title
  }
}
    `, {"fragmentName":"InvestigationFields"}) as unknown as TypedDocumentString<InvestigationFieldsFragment, unknown>;
export const ListImportFieldsFragmentDoc = new TypedDocumentString(`
    fragment ListImportFields on ListImport {
  id
  kind
  fileName
  status
  totalRows
  processedRows
  createdCount
  updatedCount
  unchangedCount
  errorCount
  message
  actorName
  startedAt
  finishedAt
}
    `, {"fragmentName":"ListImportFields"}) as unknown as TypedDocumentString<ListImportFieldsFragment, unknown>;
export const ItemDetailsFieldsFragmentDoc = new TypedDocumentString(`
    fragment ItemDetailsFields on ItemDetails {
  power {
    type
    level
    legalBasis
    catalogueCode
    supervisionDuties
  }
  dutyTask {
    mandateDuty
    workNorm
    steps {
      order
      actorUnitCode
      action
      timeLimitDays
    }
  }
  boundary {
    scope
    batch
    leadResponsibility
    cooperating {
      unitCode
      responsibility
    }
    responsibleOffices
    collaborationSteps
    legalBasis
    originDisputeCode
  }
  territorial {
    custom
    leadResponsibility
    townshipResponsibility
  }
  collaboration {
    kind
    leadResponsibility
    cooperating {
      unitCode
      responsibility
    }
    responsibleOffices
    workflow
  }
  village {
    kind
    task
  }
}
    `, {"fragmentName":"ItemDetailsFields"}) as unknown as TypedDocumentString<ItemDetailsFieldsFragment, unknown>;
export const ListItemRowFragmentDoc = new TypedDocumentString(`
    fragment ListItemRow on ListItem {
  id
  kind
  code
  name
  status
  publishedVersion
  unitId
  unit {
    id
    code
    name
  }
  details {
    power {
      type
      level
    }
    boundary {
      scope
      batch
    }
    territorial {
      custom
    }
    collaboration {
      kind
    }
    village {
      kind
    }
  }
}
    `, {"fragmentName":"ListItemRow"}) as unknown as TypedDocumentString<ListItemRowFragment, unknown>;
export const ListChangeOutcomeFragmentDoc = new TypedDocumentString(`
    fragment ListChangeOutcome on ListChange {
  id
  changeType
  status
  itemId
  resultingVersion
}
    `, {"fragmentName":"ListChangeOutcome"}) as unknown as TypedDocumentString<ListChangeOutcomeFragment, unknown>;
export const DutyRowFragmentDoc = new TypedDocumentString(`
    fragment DutyRow on Duty {
  id
  unitId
  ordinal
  text
  role
  changeStatus
  relatedUnitId
  relatedUnit {
    id
    code
    name
  }
  version
}
    `, {"fragmentName":"DutyRow"}) as unknown as TypedDocumentString<DutyRowFragment, unknown>;
export const StaffingFieldsFragmentDoc = new TypedDocumentString(`
    fragment StaffingFields on Staffing {
  unitId
  administrativePosts
  institutionalPosts
  serviceWorkerPosts
  leaderPosts
  actualHeadcount
  version
  updatedAt
}
    `, {"fragmentName":"StaffingFields"}) as unknown as TypedDocumentString<StaffingFieldsFragment, unknown>;
export const StaffingFiguresFieldsFragmentDoc = new TypedDocumentString(`
    fragment StaffingFiguresFields on StaffingFigures {
  administrativePosts
  institutionalPosts
  serviceWorkerPosts
  leaderPosts
  actualHeadcount
}
    `, {"fragmentName":"StaffingFiguresFields"}) as unknown as TypedDocumentString<StaffingFiguresFieldsFragment, unknown>;
export const StaffingChangeRowFragmentDoc = new TypedDocumentString(`
    fragment StaffingChangeRow on StaffingChange {
  id
  effectiveDate
  documentNo
  reason
  changedByName
  changedAt
  before {
    ...StaffingFiguresFields
  }
  after {
    ...StaffingFiguresFields
  }
}
    fragment StaffingFiguresFields on StaffingFigures {
  administrativePosts
  institutionalPosts
  serviceWorkerPosts
  leaderPosts
  actualHeadcount
}`, {"fragmentName":"StaffingChangeRow"}) as unknown as TypedDocumentString<StaffingChangeRowFragment, unknown>;
export const UnitFieldsFragmentDoc = new TypedDocumentString(`
    fragment UnitFields on Unit {
  id
  code
  name
  kind
  level
  category
  creditCode
  parentId
  depth
  childCount
}
    `, {"fragmentName":"UnitFields"}) as unknown as TypedDocumentString<UnitFieldsFragment, unknown>;
export const PageFieldsFragmentDoc = new TypedDocumentString(`
    fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}
    `, {"fragmentName":"PageFields"}) as unknown as TypedDocumentString<PageFieldsFragment, unknown>;
export const StatisticsGroupFieldsFragmentDoc = new TypedDocumentString(`
    fragment StatisticsGroupFields on CaseStatisticsGroup {
  key
  label
  cases
  dispatches
  closed
  replied
  onTime
  ratings
  satisfied
  basicallySatisfied
  unsatisfied
  satisfactionRate
  onTimeRate
  ranked
  rank
  reopened
  reopenRate
  visits
  visitSatisfied
  visitBasicallySatisfied
  visitUnsatisfied
  visitSatisfactionRate
}
    `, {"fragmentName":"StatisticsGroupFields"}) as unknown as TypedDocumentString<StatisticsGroupFieldsFragment, unknown>;
export const MatterRowFragmentDoc = new TypedDocumentString(`
    fragment MatterRow on EstablishmentMatter {
  id
  kind
  documentNo
  approvedOn
  content
  version
  unit {
    id
    code
    name
  }
}
    `, {"fragmentName":"MatterRow"}) as unknown as TypedDocumentString<MatterRowFragment, unknown>;
export const IndicatorRowFragmentDoc = new TypedDocumentString(`
    fragment IndicatorRow on TrackingIndicator {
  code
  name
  points
  method
  guidance
}
    `, {"fragmentName":"IndicatorRow"}) as unknown as TypedDocumentString<IndicatorRowFragment, unknown>;
export const TemplateRowFragmentDoc = new TypedDocumentString(`
    fragment TemplateRow on TrackingTemplate {
  kind
  version
  updatedAt
  indicators {
    ...IndicatorRow
  }
}
    fragment IndicatorRow on TrackingIndicator {
  code
  name
  points
  method
  guidance
}`, {"fragmentName":"TemplateRow"}) as unknown as TypedDocumentString<TemplateRowFragment, unknown>;
export const ApplicationRowFragmentDoc = new TypedDocumentString(`
    fragment ApplicationRow on EstablishmentApplication {
  id
  kind
  title
  reason
  submittedBy
  submittedAt
  unit {
    id
    name
  }
}
    `, {"fragmentName":"ApplicationRow"}) as unknown as TypedDocumentString<ApplicationRowFragment, unknown>;
export const RoundRowFragmentDoc = new TypedDocumentString(`
    fragment RoundRow on TrackingRound {
  id
  name
  planDate
  step
  version
}
    `, {"fragmentName":"RoundRow"}) as unknown as TypedDocumentString<RoundRowFragment, unknown>;
export const AuditChainCheckDocument = new TypedDocumentString(`
    query AuditChainCheck {
  auditIntegrity {
    intact
    checkedEvents
    firstBrokenSeq
    checkpoints
    lastCheckpointSeq
    lastCheckpointAt
    unverifiedCheckpoints
    firstBroken {
      ...AuditEntryFields
    }
  }
}
    fragment AuditEntryFields on AuditEntry {
  seq
  occurredAt
  actorName
  actorUnit
  action
  entityType
  entityId
  hash
  prevHash
  hashValid
  changes {
    field
    before
    after
  }
}`) as unknown as TypedDocumentString<AuditChainCheckQuery, AuditChainCheckQueryVariables>;
export const AuditHistoryDocument = new TypedDocumentString(`
    query AuditHistory($entityType: String!, $entityId: String!, $first: Int, $after: String) {
  auditHistory(
    entityType: $entityType
    entityId: $entityId
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      ...PageFields
    }
    edges {
      node {
        ...AuditEntryFields
      }
    }
  }
}
    fragment AuditEntryFields on AuditEntry {
  seq
  occurredAt
  actorName
  actorUnit
  action
  entityType
  entityId
  hash
  prevHash
  hashValid
  changes {
    field
    before
    after
  }
}
fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<AuditHistoryQuery, AuditHistoryQueryVariables>;
export const AuditEntityTypesDocument = new TypedDocumentString(`
    query AuditEntityTypes {
  auditEntityTypes
}
    `) as unknown as TypedDocumentString<AuditEntityTypesQuery, AuditEntityTypesQueryVariables>;
export const SuggestedBasisDocument = new TypedDocumentString(`
    query SuggestedBasis($dispatchId: ID!) {
  suggestedBasis(dispatchId: $dispatchId) {
    rank
    casesOfCategory
    sharedTerms
    reasons
    item {
      ...BasisItemFields
    }
  }
}
    fragment BasisItemFields on ListItem {
  id
  code
  name
  details {
    power {
      type
      supervisionDuties
    }
  }
}`) as unknown as TypedDocumentString<SuggestedBasisQuery, SuggestedBasisQueryVariables>;
export const BasisChoicesDocument = new TypedDocumentString(`
    query BasisChoices($dispatchId: ID!) {
  basisChoices(dispatchId: $dispatchId) {
    ...BasisItemFields
  }
}
    fragment BasisItemFields on ListItem {
  id
  code
  name
  details {
    power {
      type
      supervisionDuties
    }
  }
}`) as unknown as TypedDocumentString<BasisChoicesQuery, BasisChoicesQueryVariables>;
export const SetCaseBasisDocument = new TypedDocumentString(`
    mutation SetCaseBasis($input: SetCaseBasisInput!) {
  setCaseBasis(input: $input) {
    dispatch {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<SetCaseBasisMutation, SetCaseBasisMutationVariables>;
export const BasisReportDocument = new TypedDocumentString(`
    query BasisReport($input: BasisReportInput!) {
  basisReport(input: $input) {
    unitId
    handledCases
    namedCases
    namedRate
    unnamedCaseCount
    unexercised {
      ...BasisItemCountFields
    }
    topItems {
      ...BasisItemCountFields
    }
    unnamedCases {
      caseId
      code
      title
      status
      reportedAt
      departmentId
      departmentName
    }
  }
}
    fragment BasisItemCountFields on BasisItemCount {
  itemId
  itemCode
  itemName
  powerType
  departmentId
  departmentName
  cases
  dispatches
}`) as unknown as TypedDocumentString<BasisReportQuery, BasisReportQueryVariables>;
export const CaseListDocument = new TypedDocumentString(`
    query CaseList($filter: CaseFilter, $first: Int, $after: String) {
  cases(filter: $filter, first: $first, after: $after) {
    totalCount
    totalCountCapped
    pageInfo {
      ...PageFields
    }
    edges {
      node {
        ...CaseRowFields
      }
    }
  }
}
    fragment CaseRowFields on Case {
  id
  code
  title
  address
  status
  priority
  source
  reportedAt
  deadline
  categoryText
  categoryItem {
    id
    name
  }
  areaUnit {
    id
    name
  }
  originUnit {
    id
    name
  }
}
fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<CaseListQuery, CaseListQueryVariables>;
export const CaseDetailDocument = new TypedDocumentString(`
    query CaseDetail($id: ID!) {
  case(id: $id) {
    ...CaseRowFields
    description
    attachments
    externalId
    reporterName
    latitude
    longitude
    categoryItemId
    version
    round
    basis {
      ...CaseBasisFields
    }
    dispatches {
      ...DispatchFields
      basis {
        ...CaseBasisFields
      }
    }
    ratings {
      id
      dispatchId
      level
      originalLevel
      comment
      raterName
      ratedAt
      ratedUnitId
      raterUnitId
    }
    reminders {
      id
      dispatchId
      message
      byName
      createdAt
    }
    appeals {
      id
      ratingId
      reason
      appellantName
      appellantUnitId
      appealedAt
      status
      decisionReason
      decidedByName
      decidedAt
      revisedLevel
    }
    timeline {
      id
      kind
      actorName
      note
      occurredAt
      dispatchId
    }
  }
}
    fragment CaseBasisFields on CaseBasis {
  powerItemId
  powerItemVersion
  supervisionDuty
  powerItem {
    id
    code
    name
  }
}
fragment CaseRowFields on Case {
  id
  code
  title
  address
  status
  priority
  source
  reportedAt
  deadline
  categoryText
  categoryItem {
    id
    name
  }
  areaUnit {
    id
    name
  }
  originUnit {
    id
    name
  }
}
fragment DispatchFields on Dispatch {
  id
  parentDispatchId
  round
  role
  status
  instructions
  fromUnitId
  fromName
  fromUnit {
    id
    name
  }
  toUnitId
  toUnit {
    id
    name
  }
  sentAt
  signDeadline
  handleDeadline
  signedAt
  signedByName
  refusedAt
  refusalReason
  repliedAt
  repliedByName
  replyText
  replyAttachments
  overdue
  closedAt
  closeReason
  closedByName
  version
}`) as unknown as TypedDocumentString<CaseDetailQuery, CaseDetailQueryVariables>;
export const SuggestedHandlersDocument = new TypedDocumentString(`
    query SuggestedHandlers($caseId: ID!, $parentDispatchId: ID) {
  suggestedHandlers(caseId: $caseId, parentDispatchId: $parentDispatchId) {
    unitId
    role
    responsibility
    unit {
      id
      code
      name
      kind
      parent {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SuggestedHandlersQuery, SuggestedHandlersQueryVariables>;
export const AcceptCaseDocument = new TypedDocumentString(`
    mutation AcceptCase($input: AcceptCaseInput!) {
  acceptCase(input: $input) {
    case {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptCaseMutation, AcceptCaseMutationVariables>;
export const CloseCaseDocument = new TypedDocumentString(`
    mutation CloseCase($input: CloseCaseInput!) {
  closeCase(input: $input) {
    case {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<CloseCaseMutation, CloseCaseMutationVariables>;
export const CancelCaseDocument = new TypedDocumentString(`
    mutation CancelCase($input: CancelCaseInput!) {
  cancelCase(input: $input) {
    case {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<CancelCaseMutation, CancelCaseMutationVariables>;
export const DispatchCaseDocument = new TypedDocumentString(`
    mutation DispatchCase($input: DispatchCaseInput!) {
  dispatchCase(input: $input) {
    case {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<DispatchCaseMutation, DispatchCaseMutationVariables>;
export const SignDispatchDocument = new TypedDocumentString(`
    mutation SignDispatch($input: SignDispatchInput!) {
  signDispatch(input: $input) {
    dispatch {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<SignDispatchMutation, SignDispatchMutationVariables>;
export const RefuseDispatchDocument = new TypedDocumentString(`
    mutation RefuseDispatch($input: RefuseDispatchInput!) {
  refuseDispatch(input: $input) {
    dispatch {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RefuseDispatchMutation, RefuseDispatchMutationVariables>;
export const ReplyDispatchDocument = new TypedDocumentString(`
    mutation ReplyDispatch($input: ReplyDispatchInput!) {
  replyDispatch(input: $input) {
    dispatch {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ReplyDispatchMutation, ReplyDispatchMutationVariables>;
export const RateDispatchDocument = new TypedDocumentString(`
    mutation RateDispatch($input: RateDispatchInput!) {
  rateDispatch(input: $input) {
    rating {
      id
      level
    }
  }
}
    `) as unknown as TypedDocumentString<RateDispatchMutation, RateDispatchMutationVariables>;
export const RemindDispatchDocument = new TypedDocumentString(`
    mutation RemindDispatch($input: RemindDispatchInput!) {
  remindDispatch(input: $input) {
    reminder {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RemindDispatchMutation, RemindDispatchMutationVariables>;
export const AppealRatingDocument = new TypedDocumentString(`
    mutation AppealRating($input: AppealRatingInput!) {
  appealRating(input: $input) {
    appeal {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<AppealRatingMutation, AppealRatingMutationVariables>;
export const DecideAppealDocument = new TypedDocumentString(`
    mutation DecideAppeal($input: DecideAppealInput!) {
  decideAppeal(input: $input) {
    appeal {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<DecideAppealMutation, DecideAppealMutationVariables>;
export const OverdueDispatchesDocument = new TypedDocumentString(`
    query OverdueDispatches($first: Int, $after: String) {
  overdueDispatches(first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageFields
    }
    edges {
      node {
        caseId
        ...DispatchFields
      }
    }
  }
}
    fragment DispatchFields on Dispatch {
  id
  parentDispatchId
  round
  role
  status
  instructions
  fromUnitId
  fromName
  fromUnit {
    id
    name
  }
  toUnitId
  toUnit {
    id
    name
  }
  sentAt
  signDeadline
  handleDeadline
  signedAt
  signedByName
  refusedAt
  refusalReason
  repliedAt
  repliedByName
  replyText
  replyAttachments
  overdue
  closedAt
  closeReason
  closedByName
  version
}
fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<OverdueDispatchesQuery, OverdueDispatchesQueryVariables>;
export const CaseReopenInfoDocument = new TypedDocumentString(`
    query CaseReopenInfo($id: ID!) {
  case(id: $id) {
    id
    status
    round
    reopenCount
    closedAt
    reopenableUntil
    version
    originUnit {
      id
    }
    visits {
      id
      round
      way
      satisfaction
      note
      byName
      byUnit {
        id
        name
      }
      visitedAt
    }
    reopenings {
      id
      round
      reason
      byName
      reopenedAt
    }
  }
}
    `) as unknown as TypedDocumentString<CaseReopenInfoQuery, CaseReopenInfoQueryVariables>;
export const ReopenCaseDocument = new TypedDocumentString(`
    mutation ReopenCase($input: ReopenCaseInput!) {
  reopenCase(input: $input) {
    case {
      id
      status
      round
      version
    }
  }
}
    `) as unknown as TypedDocumentString<ReopenCaseMutation, ReopenCaseMutationVariables>;
export const RecordCaseVisitDocument = new TypedDocumentString(`
    mutation RecordCaseVisit($input: RecordCaseVisitInput!) {
  recordCaseVisit(input: $input) {
    visit {
      id
      satisfaction
    }
  }
}
    `) as unknown as TypedDocumentString<RecordCaseVisitMutation, RecordCaseVisitMutationVariables>;
export const ReportCaseDocument = new TypedDocumentString(`
    mutation ReportCase($input: ReportCaseInput!) {
  reportCase(input: $input) {
    case {
      id
      code
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ReportCaseMutation, ReportCaseMutationVariables>;
export const MyCasesDocument = new TypedDocumentString(`
    query MyCases($first: Int, $after: String) {
  cases(first: $first, after: $after, filter: {reportedByMe: true}) {
    totalCount
    totalCountCapped
    pageInfo {
      ...PageFields
    }
    edges {
      node {
        id
        code
        title
        address
        status
        reportedAt
      }
    }
  }
}
    fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<MyCasesQuery, MyCasesQueryVariables>;
export const CaseCategoriesDocument = new TypedDocumentString(`
    query CaseCategories($filter: ListItemFilter!) {
  listItems(filter: $filter, first: 30) {
    edges {
      node {
        id
        code
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaseCategoriesQuery, CaseCategoriesQueryVariables>;
export const PhoneCaseDocument = new TypedDocumentString(`
    query PhoneCase($id: ID!) {
  case(id: $id) {
    id
    code
    title
    description
    address
    status
    reportedAt
    reporterName
    deadline
    categoryText
    categoryItem {
      id
      name
    }
    attachments
    originUnit {
      id
      name
    }
    dispatches {
      id
      parentDispatchId
      role
      status
      fromUnitId
      toUnitId
      fromUnit {
        id
        name
      }
      toUnit {
        id
        name
      }
      sentAt
      handleDeadline
      repliedAt
      replyText
      replyAttachments
      refusalReason
      overdue
      closedAt
    }
    timeline {
      id
      kind
      actorName
      occurredAt
      note
    }
  }
}
    `) as unknown as TypedDocumentString<PhoneCaseQuery, PhoneCaseQueryVariables>;
export const ClaimCatalogueDocument = new TypedDocumentString(`
    query ClaimCatalogue($unitId: ID!) {
  claimCatalogue(unitId: $unitId) {
    catalogueCode
    name
    powerType
    catalogueItemId
    claimed
    unclaimReason
  }
}
    `) as unknown as TypedDocumentString<ClaimCatalogueQuery, ClaimCatalogueQueryVariables>;
export const ClaimStatsDocument = new TypedDocumentString(`
    query ClaimStats($regionId: ID, $unitIds: [String], $first: Int, $after: String) {
  claimStats(regionId: $regionId, unitIds: $unitIds, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageFields
    }
    edges {
      node {
        ...ClaimStatFields
        unit {
          id
          code
          name
        }
      }
    }
  }
}
    fragment ClaimStatFields on ClaimStat {
  unitId
  catalogueSize
  claimed
  claimRate
  inspectionItems
  covered
  coverage
}
fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<ClaimStatsQuery, ClaimStatsQueryVariables>;
export const ClaimCatalogueItemsDocument = new TypedDocumentString(`
    mutation ClaimCatalogueItems($input: ClaimCatalogueInput!) {
  claimCatalogueItems(input: $input) {
    changed
    stat {
      ...ClaimStatFields
    }
  }
}
    fragment ClaimStatFields on ClaimStat {
  unitId
  catalogueSize
  claimed
  claimRate
  inspectionItems
  covered
  coverage
}`) as unknown as TypedDocumentString<ClaimCatalogueItemsMutation, ClaimCatalogueItemsMutationVariables>;
export const UnclaimCatalogueItemsDocument = new TypedDocumentString(`
    mutation UnclaimCatalogueItems($input: UnclaimCatalogueInput!) {
  unclaimCatalogueItems(input: $input) {
    changed
    stat {
      ...ClaimStatFields
    }
  }
}
    fragment ClaimStatFields on ClaimStat {
  unitId
  catalogueSize
  claimed
  claimRate
  inspectionItems
  covered
  coverage
}`) as unknown as TypedDocumentString<UnclaimCatalogueItemsMutation, UnclaimCatalogueItemsMutationVariables>;
export const RecordInspectionDocument = new TypedDocumentString(`
    mutation RecordInspection($input: RecordInspectionInput!) {
  recordInspection(input: $input) {
    inspection {
      id
      itemId
      date
      objectCount
    }
  }
}
    `) as unknown as TypedDocumentString<RecordInspectionMutation, RecordInspectionMutationVariables>;
export const ListComparisonsDocument = new TypedDocumentString(`
    query ListComparisons($kind: ComparisonKind, $first: Int) {
  listComparisons(kind: $kind, first: $first) {
    ...ComparisonSummary
    rows {
      difference
    }
  }
}
    fragment ComparisonSummary on ListComparison {
  id
  kind
  runAt
  runBy
  subjectItems
  referenceItems
  subjectUnit {
    id
    code
    name
  }
  referenceUnit {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<ListComparisonsQuery, ListComparisonsQueryVariables>;
export const ListComparisonReportDocument = new TypedDocumentString(`
    query ListComparisonReport($id: ID!) {
  listComparison(id: $id) {
    ...ComparisonSummary
    rows {
      seq
      difference
      catalogueCode
      itemName
      subjectValue
      referenceValue
      subjectItemId
      referenceItemId
      serviceItemId
    }
  }
}
    fragment ComparisonSummary on ListComparison {
  id
  kind
  runAt
  runBy
  subjectItems
  referenceItems
  subjectUnit {
    id
    code
    name
  }
  referenceUnit {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<ListComparisonReportQuery, ListComparisonReportQueryVariables>;
export const RunListComparisonDocument = new TypedDocumentString(`
    mutation RunListComparison($input: RunComparisonInput!) {
  runListComparison(input: $input) {
    comparison {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RunListComparisonMutation, RunListComparisonMutationVariables>;
export const RunListFusionDocument = new TypedDocumentString(`
    mutation RunListFusion($input: RunFusionInput!) {
  runListFusion(input: $input) {
    comparison {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RunListFusionMutation, RunListFusionMutationVariables>;
export const DisputesDocument = new TypedDocumentString(`
    query Disputes($filter: DisputeFilter, $first: Int, $after: String) {
  disputes(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageFields
    }
    edges {
      node {
        ...DisputeFields
      }
    }
  }
}
    fragment DisputeFields on Dispute {
  id
  code
  rung
  status
  openedAt
  resolvedAt
  decision
  leadResponsibility
  boundaryItemId
  leadUnit {
    id
    name
  }
  cooperating {
    responsibility
    unit {
      id
      name
    }
  }
  steps {
    id
    rung
    kind
    actorName
    note
    participants
    occurredAt
  }
  case {
    id
    code
    title
    status
    categoryText
    address
    areaUnit {
      name
    }
  }
}
fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<DisputesQuery, DisputesQueryVariables>;
export const RecordDisputeStepDocument = new TypedDocumentString(`
    mutation RecordDisputeStep($input: RecordDisputeStepInput!) {
  recordDisputeStep(input: $input) {
    dispute {
      ...DisputeFields
    }
  }
}
    fragment DisputeFields on Dispute {
  id
  code
  rung
  status
  openedAt
  resolvedAt
  decision
  leadResponsibility
  boundaryItemId
  leadUnit {
    id
    name
  }
  cooperating {
    responsibility
    unit {
      id
      name
    }
  }
  steps {
    id
    rung
    kind
    actorName
    note
    participants
    occurredAt
  }
  case {
    id
    code
    title
    status
    categoryText
    address
    areaUnit {
      name
    }
  }
}`) as unknown as TypedDocumentString<RecordDisputeStepMutation, RecordDisputeStepMutationVariables>;
export const EscalateDisputeDocument = new TypedDocumentString(`
    mutation EscalateDispute($input: EscalateDisputeInput!) {
  escalateDispute(input: $input) {
    dispute {
      ...DisputeFields
    }
  }
}
    fragment DisputeFields on Dispute {
  id
  code
  rung
  status
  openedAt
  resolvedAt
  decision
  leadResponsibility
  boundaryItemId
  leadUnit {
    id
    name
  }
  cooperating {
    responsibility
    unit {
      id
      name
    }
  }
  steps {
    id
    rung
    kind
    actorName
    note
    participants
    occurredAt
  }
  case {
    id
    code
    title
    status
    categoryText
    address
    areaUnit {
      name
    }
  }
}`) as unknown as TypedDocumentString<EscalateDisputeMutation, EscalateDisputeMutationVariables>;
export const ResolveDisputeDocument = new TypedDocumentString(`
    mutation ResolveDispute($input: ResolveDisputeInput!) {
  resolveDispute(input: $input) {
    dispute {
      ...DisputeFields
    }
  }
}
    fragment DisputeFields on Dispute {
  id
  code
  rung
  status
  openedAt
  resolvedAt
  decision
  leadResponsibility
  boundaryItemId
  leadUnit {
    id
    name
  }
  cooperating {
    responsibility
    unit {
      id
      name
    }
  }
  steps {
    id
    rung
    kind
    actorName
    note
    participants
    occurredAt
  }
  case {
    id
    code
    title
    status
    categoryText
    address
    areaUnit {
      name
    }
  }
}`) as unknown as TypedDocumentString<ResolveDisputeMutation, ResolveDisputeMutationVariables>;
export const EscalationSettingsDocument = new TypedDocumentString(`
    query EscalationSettings {
  escalationSettings {
    regionUnitId
    regionName
    inForceSince
    districtDefault {
      ...EscalationRuleFields
    }
    categoryRules {
      ...EscalationRuleFields
    }
  }
}
    fragment EscalationRuleFields on EscalationRule {
  id
  inherited
  categoryItemId
  categoryItemName
  categoryText
  warnBeforeHours
  remindAtDeadline
  escalateAfterDays
  version
  updatedAt
  updatedByName
}`) as unknown as TypedDocumentString<EscalationSettingsQuery, EscalationSettingsQueryVariables>;
export const SaveEscalationRuleDocument = new TypedDocumentString(`
    mutation SaveEscalationRule($input: SaveEscalationRuleInput!) {
  saveEscalationRule(input: $input) {
    rule {
      ...EscalationRuleFields
    }
  }
}
    fragment EscalationRuleFields on EscalationRule {
  id
  inherited
  categoryItemId
  categoryItemName
  categoryText
  warnBeforeHours
  remindAtDeadline
  escalateAfterDays
  version
  updatedAt
  updatedByName
}`) as unknown as TypedDocumentString<SaveEscalationRuleMutation, SaveEscalationRuleMutationVariables>;
export const RemoveEscalationRuleDocument = new TypedDocumentString(`
    mutation RemoveEscalationRule($input: RemoveEscalationRuleInput!) {
  removeEscalationRule(input: $input) {
    removedId
  }
}
    `) as unknown as TypedDocumentString<RemoveEscalationRuleMutation, RemoveEscalationRuleMutationVariables>;
export const EvaluationDrawsDocument = new TypedDocumentString(`
    query EvaluationDraws($roundId: ID!, $first: Int, $after: String) {
  evaluationDraws(roundId: $roundId, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...EvaluationDrawRow
      }
    }
  }
}
    fragment EvaluationDrawRow on EvaluationDraw {
  id
  roundId
  roundName
  status
  strata {
    stratum
    k
  }
  kOffice
  inspectorsPerUnit
  frozenHash
  seed
  seedGenerated
  cancelReason
  createdByName
  createdAt
  frozenAt
  seededAt
  drawnAt
  cancelledAt
  version
}`) as unknown as TypedDocumentString<EvaluationDrawsQuery, EvaluationDrawsQueryVariables>;
export const EvaluationDrawDocument = new TypedDocumentString(`
    query EvaluationDraw($id: ID!) {
  evaluationDraw(id: $id) {
    ...EvaluationDrawDetail
  }
}
    fragment EvaluationDrawRow on EvaluationDraw {
  id
  roundId
  roundName
  status
  strata {
    stratum
    k
  }
  kOffice
  inspectorsPerUnit
  frozenHash
  seed
  seedGenerated
  cancelReason
  createdByName
  createdAt
  frozenAt
  seededAt
  drawnAt
  cancelledAt
  version
}
fragment EvaluationDrawDetail on EvaluationDraw {
  ...EvaluationDrawRow
  candidates {
    stratum
    k
    candidates {
      code
      name
    }
  }
  units {
    stratum
    unitId
    code
    name
    rank
    hash
  }
  offices {
    unitCode
    code
    name
    rank
    hash
  }
  inspectors {
    unitCode
    code
    name
    rank
    hash
  }
}`) as unknown as TypedDocumentString<EvaluationDrawQuery, EvaluationDrawQueryVariables>;
export const VerifyDrawDocument = new TypedDocumentString(`
    query VerifyDraw($id: ID!) {
  verifyDraw(id: $id) {
    drawId
    consistent
    hashMatches
    storedHash
    recomputedHash
    canonicalText
    steps {
      kind
      stratum
      unitCode
      matches
      storedCodes
      ranked {
        code
        name
        hash
        rank
        taken
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VerifyDrawQuery, VerifyDrawQueryVariables>;
export const DrawInspectorsDocument = new TypedDocumentString(`
    query DrawInspectors($first: Int, $after: String) {
  drawInspectors(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...DrawInspectorRow
      }
    }
  }
}
    fragment DrawInspectorRow on DrawInspector {
  id
  code
  name
  unitId
  unitCode
  unitName
  pastUnits {
    code
    name
  }
  pastUnitIds
  active
  version
}`) as unknown as TypedDocumentString<DrawInspectorsQuery, DrawInspectorsQueryVariables>;
export const CreateEvaluationDrawDocument = new TypedDocumentString(`
    mutation CreateEvaluationDraw($input: CreateEvaluationDrawInput!) {
  createEvaluationDraw(input: $input) {
    draw {
      ...EvaluationDrawRow
    }
  }
}
    fragment EvaluationDrawRow on EvaluationDraw {
  id
  roundId
  roundName
  status
  strata {
    stratum
    k
  }
  kOffice
  inspectorsPerUnit
  frozenHash
  seed
  seedGenerated
  cancelReason
  createdByName
  createdAt
  frozenAt
  seededAt
  drawnAt
  cancelledAt
  version
}`) as unknown as TypedDocumentString<CreateEvaluationDrawMutation, CreateEvaluationDrawMutationVariables>;
export const FreezeEvaluationDrawDocument = new TypedDocumentString(`
    mutation FreezeEvaluationDraw($input: EvaluationDrawStepInput!) {
  freezeEvaluationDraw(input: $input) {
    draw {
      ...EvaluationDrawRow
    }
  }
}
    fragment EvaluationDrawRow on EvaluationDraw {
  id
  roundId
  roundName
  status
  strata {
    stratum
    k
  }
  kOffice
  inspectorsPerUnit
  frozenHash
  seed
  seedGenerated
  cancelReason
  createdByName
  createdAt
  frozenAt
  seededAt
  drawnAt
  cancelledAt
  version
}`) as unknown as TypedDocumentString<FreezeEvaluationDrawMutation, FreezeEvaluationDrawMutationVariables>;
export const SeedEvaluationDrawDocument = new TypedDocumentString(`
    mutation SeedEvaluationDraw($input: SeedEvaluationDrawInput!) {
  seedEvaluationDraw(input: $input) {
    draw {
      ...EvaluationDrawRow
    }
  }
}
    fragment EvaluationDrawRow on EvaluationDraw {
  id
  roundId
  roundName
  status
  strata {
    stratum
    k
  }
  kOffice
  inspectorsPerUnit
  frozenHash
  seed
  seedGenerated
  cancelReason
  createdByName
  createdAt
  frozenAt
  seededAt
  drawnAt
  cancelledAt
  version
}`) as unknown as TypedDocumentString<SeedEvaluationDrawMutation, SeedEvaluationDrawMutationVariables>;
export const RunEvaluationDrawDocument = new TypedDocumentString(`
    mutation RunEvaluationDraw($input: EvaluationDrawStepInput!) {
  runEvaluationDraw(input: $input) {
    draw {
      ...EvaluationDrawRow
    }
  }
}
    fragment EvaluationDrawRow on EvaluationDraw {
  id
  roundId
  roundName
  status
  strata {
    stratum
    k
  }
  kOffice
  inspectorsPerUnit
  frozenHash
  seed
  seedGenerated
  cancelReason
  createdByName
  createdAt
  frozenAt
  seededAt
  drawnAt
  cancelledAt
  version
}`) as unknown as TypedDocumentString<RunEvaluationDrawMutation, RunEvaluationDrawMutationVariables>;
export const CancelEvaluationDrawDocument = new TypedDocumentString(`
    mutation CancelEvaluationDraw($input: CancelEvaluationDrawInput!) {
  cancelEvaluationDraw(input: $input) {
    draw {
      ...EvaluationDrawRow
    }
  }
}
    fragment EvaluationDrawRow on EvaluationDraw {
  id
  roundId
  roundName
  status
  strata {
    stratum
    k
  }
  kOffice
  inspectorsPerUnit
  frozenHash
  seed
  seedGenerated
  cancelReason
  createdByName
  createdAt
  frozenAt
  seededAt
  drawnAt
  cancelledAt
  version
}`) as unknown as TypedDocumentString<CancelEvaluationDrawMutation, CancelEvaluationDrawMutationVariables>;
export const SaveDrawInspectorDocument = new TypedDocumentString(`
    mutation SaveDrawInspector($input: SaveDrawInspectorInput!) {
  saveDrawInspector(input: $input) {
    inspector {
      ...DrawInspectorRow
    }
  }
}
    fragment DrawInspectorRow on DrawInspector {
  id
  code
  name
  unitId
  unitCode
  unitName
  pastUnits {
    code
    name
  }
  pastUnitIds
  active
  version
}`) as unknown as TypedDocumentString<SaveDrawInspectorMutation, SaveDrawInspectorMutationVariables>;
export const DrawRoundCategoriesDocument = new TypedDocumentString(`
    query DrawRoundCategories($id: ID!) {
  evaluationRound(id: $id) {
    id
    name
    units {
      category
    }
  }
}
    `) as unknown as TypedDocumentString<DrawRoundCategoriesQuery, DrawRoundCategoriesQueryVariables>;
export const FieldworkProgressDocument = new TypedDocumentString(`
    query FieldworkProgress($roundId: ID!) {
  fieldworkProgress(roundId: $roundId) {
    reportStatus
    lettersSent
    lettersReplied
    lettersOverdue
    symposiumRecorded
    unit {
      id
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<FieldworkProgressQuery, FieldworkProgressQueryVariables>;
export const FieldworkUnitDocument = new TypedDocumentString(`
    query FieldworkUnit($roundId: ID!, $unitId: ID!) {
  fieldworkUnit(roundId: $roundId, unitId: $unitId) {
    roundId
    roundName
    canRecord
    canWriteReport
    unit {
      id
      code
      name
    }
    report {
      ...FieldworkReportRow
    }
    letters {
      ...FieldworkLetterRow
    }
    symposium {
      ...FieldworkSymposiumRow
    }
  }
}
    fragment FieldworkLetterRow on FieldworkInquiryLetter {
  id
  roundId
  unitId
  letterNo
  subject
  questions
  replyDueOn
  issuedAt
  issuedByName
  replyText
  repliedAt
  repliedByName
  overdue
  pdfPath
  version
  unit {
    id
    name
  }
  addressee {
    id
    name
  }
  replyFiles {
    id
    fileName
    sizeBytes
  }
}
fragment FieldworkReportRow on FieldworkReport {
  id
  status
  body
  submittedAt
  reviewComment
  reviewedAt
  reviewedByName
  updatedByName
  updatedAt
  version
  files {
    id
    fileName
    sizeBytes
  }
}
fragment FieldworkSymposiumRow on FieldworkSymposium {
  id
  heldOn
  place
  recordedByName
  updatedAt
  version
  attendees {
    name
    position
  }
  points {
    text
    problemId
  }
  talks {
    person
    position
    summary
  }
}`) as unknown as TypedDocumentString<FieldworkUnitQuery, FieldworkUnitQueryVariables>;
export const FieldworkInquiryLettersDocument = new TypedDocumentString(`
    query FieldworkInquiryLetters($first: Int, $after: String) {
  fieldworkInquiryLetters(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...FieldworkLetterRow
      }
    }
  }
}
    fragment FieldworkLetterRow on FieldworkInquiryLetter {
  id
  roundId
  unitId
  letterNo
  subject
  questions
  replyDueOn
  issuedAt
  issuedByName
  replyText
  repliedAt
  repliedByName
  overdue
  pdfPath
  version
  unit {
    id
    name
  }
  addressee {
    id
    name
  }
  replyFiles {
    id
    fileName
    sizeBytes
  }
}`) as unknown as TypedDocumentString<FieldworkInquiryLettersQuery, FieldworkInquiryLettersQueryVariables>;
export const FieldworkInquiryLetterDocument = new TypedDocumentString(`
    query FieldworkInquiryLetter($id: ID!) {
  fieldworkInquiryLetter(id: $id) {
    ...FieldworkLetterRow
  }
}
    fragment FieldworkLetterRow on FieldworkInquiryLetter {
  id
  roundId
  unitId
  letterNo
  subject
  questions
  replyDueOn
  issuedAt
  issuedByName
  replyText
  repliedAt
  repliedByName
  overdue
  pdfPath
  version
  unit {
    id
    name
  }
  addressee {
    id
    name
  }
  replyFiles {
    id
    fileName
    sizeBytes
  }
}`) as unknown as TypedDocumentString<FieldworkInquiryLetterQuery, FieldworkInquiryLetterQueryVariables>;
export const SaveFieldworkReportDocument = new TypedDocumentString(`
    mutation SaveFieldworkReport($input: SaveFieldworkReportInput!) {
  saveFieldworkReport(input: $input) {
    report {
      ...FieldworkReportRow
    }
  }
}
    fragment FieldworkReportRow on FieldworkReport {
  id
  status
  body
  submittedAt
  reviewComment
  reviewedAt
  reviewedByName
  updatedByName
  updatedAt
  version
  files {
    id
    fileName
    sizeBytes
  }
}`) as unknown as TypedDocumentString<SaveFieldworkReportMutation, SaveFieldworkReportMutationVariables>;
export const SubmitFieldworkReportDocument = new TypedDocumentString(`
    mutation SubmitFieldworkReport($input: SubmitFieldworkReportInput!) {
  submitFieldworkReport(input: $input) {
    report {
      ...FieldworkReportRow
    }
  }
}
    fragment FieldworkReportRow on FieldworkReport {
  id
  status
  body
  submittedAt
  reviewComment
  reviewedAt
  reviewedByName
  updatedByName
  updatedAt
  version
  files {
    id
    fileName
    sizeBytes
  }
}`) as unknown as TypedDocumentString<SubmitFieldworkReportMutation, SubmitFieldworkReportMutationVariables>;
export const ReviewFieldworkReportDocument = new TypedDocumentString(`
    mutation ReviewFieldworkReport($input: ReviewFieldworkReportInput!) {
  reviewFieldworkReport(input: $input) {
    problemsRaised
    report {
      ...FieldworkReportRow
    }
  }
}
    fragment FieldworkReportRow on FieldworkReport {
  id
  status
  body
  submittedAt
  reviewComment
  reviewedAt
  reviewedByName
  updatedByName
  updatedAt
  version
  files {
    id
    fileName
    sizeBytes
  }
}`) as unknown as TypedDocumentString<ReviewFieldworkReportMutation, ReviewFieldworkReportMutationVariables>;
export const IssueFieldworkInquiryLetterDocument = new TypedDocumentString(`
    mutation IssueFieldworkInquiryLetter($input: IssueFieldworkInquiryLetterInput!) {
  issueFieldworkInquiryLetter(input: $input) {
    letter {
      ...FieldworkLetterRow
    }
  }
}
    fragment FieldworkLetterRow on FieldworkInquiryLetter {
  id
  roundId
  unitId
  letterNo
  subject
  questions
  replyDueOn
  issuedAt
  issuedByName
  replyText
  repliedAt
  repliedByName
  overdue
  pdfPath
  version
  unit {
    id
    name
  }
  addressee {
    id
    name
  }
  replyFiles {
    id
    fileName
    sizeBytes
  }
}`) as unknown as TypedDocumentString<IssueFieldworkInquiryLetterMutation, IssueFieldworkInquiryLetterMutationVariables>;
export const ReplyFieldworkInquiryLetterDocument = new TypedDocumentString(`
    mutation ReplyFieldworkInquiryLetter($input: ReplyFieldworkInquiryLetterInput!) {
  replyFieldworkInquiryLetter(input: $input) {
    letter {
      ...FieldworkLetterRow
    }
  }
}
    fragment FieldworkLetterRow on FieldworkInquiryLetter {
  id
  roundId
  unitId
  letterNo
  subject
  questions
  replyDueOn
  issuedAt
  issuedByName
  replyText
  repliedAt
  repliedByName
  overdue
  pdfPath
  version
  unit {
    id
    name
  }
  addressee {
    id
    name
  }
  replyFiles {
    id
    fileName
    sizeBytes
  }
}`) as unknown as TypedDocumentString<ReplyFieldworkInquiryLetterMutation, ReplyFieldworkInquiryLetterMutationVariables>;
export const RaiseFieldworkInquiryProblemDocument = new TypedDocumentString(`
    mutation RaiseFieldworkInquiryProblem($input: RaiseFieldworkInquiryProblemInput!) {
  raiseFieldworkInquiryProblem(input: $input) {
    problemId
  }
}
    `) as unknown as TypedDocumentString<RaiseFieldworkInquiryProblemMutation, RaiseFieldworkInquiryProblemMutationVariables>;
export const RecordFieldworkSymposiumDocument = new TypedDocumentString(`
    mutation RecordFieldworkSymposium($input: RecordFieldworkSymposiumInput!) {
  recordFieldworkSymposium(input: $input) {
    problemsRaised
    symposium {
      ...FieldworkSymposiumRow
    }
  }
}
    fragment FieldworkSymposiumRow on FieldworkSymposium {
  id
  heldOn
  place
  recordedByName
  updatedAt
  version
  attendees {
    name
    position
  }
  points {
    text
    problemId
  }
  talks {
    person
    position
    summary
  }
}`) as unknown as TypedDocumentString<RecordFieldworkSymposiumMutation, RecordFieldworkSymposiumMutationVariables>;
export const EvaluationFormsDocument = new TypedDocumentString(`
    query EvaluationForms($roundId: ID!, $form: SubmissionForm, $status: SubmissionStatus, $first: Int, $after: String) {
  evaluationForms(
    roundId: $roundId
    form: $form
    status: $status
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...EvaluationFormListRow
      }
    }
  }
}
    fragment EvaluationFormListRow on EvaluationSubmission {
  id
  form
  status
  dueAt
  locksAt
  submittedAt
  late
  unit {
    id
    name
  }
}`) as unknown as TypedDocumentString<EvaluationFormsQuery, EvaluationFormsQueryVariables>;
export const EvaluationFormDocument = new TypedDocumentString(`
    query EvaluationForm($id: ID!) {
  evaluationForm(id: $id) {
    ...EvaluationFormDetail
  }
}
    fragment EvaluationFormDetail on EvaluationForm {
  id
  roundId
  draftVersion
  savedAt
  savedByName
  editable
  reviewable
  submission {
    ...EvaluationSubmissionRow
  }
  content {
    ...EvaluationFormRows
  }
  versions {
    id
    seq
    submittedAt
    submittedByName
    late
    decision
    reviewComment
    rowComments {
      row
      comment
    }
    indicatorCode
    reviewedAt
    reviewedByName
    content {
      ...EvaluationFormRows
    }
  }
  offices {
    id
    name
    duties {
      itemId
      code
      name
      version
    }
  }
}
fragment EvaluationFormRows on EvaluationFormContent {
  operations {
    goalId
    goalTitle
    target
    done
    figure
    met
    selfScore
    files {
      id
      fileName
      sizeBytes
    }
  }
  boundaries {
    listItemId
    itemCode
    itemName
    role
    performance
    casesHandled
    caseCodes
    problems
  }
  suggestions {
    kind
    fromOfficeId
    fromOfficeName
    toOfficeId
    toOfficeName
    dutyItemId
    dutyName
    reason
  }
}
fragment EvaluationSubmissionRow on EvaluationSubmission {
  id
  form
  status
  dueAt
  locksAt
  submittedAt
  submittedByName
  reviewComment
  late
  version
  unit {
    id
    name
  }
}`) as unknown as TypedDocumentString<EvaluationFormQuery, EvaluationFormQueryVariables>;
export const SaveEvaluationFormDocument = new TypedDocumentString(`
    mutation SaveEvaluationForm($input: SaveEvaluationFormInput!) {
  saveEvaluationForm(input: $input) {
    form {
      ...EvaluationFormDetail
    }
  }
}
    fragment EvaluationFormDetail on EvaluationForm {
  id
  roundId
  draftVersion
  savedAt
  savedByName
  editable
  reviewable
  submission {
    ...EvaluationSubmissionRow
  }
  content {
    ...EvaluationFormRows
  }
  versions {
    id
    seq
    submittedAt
    submittedByName
    late
    decision
    reviewComment
    rowComments {
      row
      comment
    }
    indicatorCode
    reviewedAt
    reviewedByName
    content {
      ...EvaluationFormRows
    }
  }
  offices {
    id
    name
    duties {
      itemId
      code
      name
      version
    }
  }
}
fragment EvaluationFormRows on EvaluationFormContent {
  operations {
    goalId
    goalTitle
    target
    done
    figure
    met
    selfScore
    files {
      id
      fileName
      sizeBytes
    }
  }
  boundaries {
    listItemId
    itemCode
    itemName
    role
    performance
    casesHandled
    caseCodes
    problems
  }
  suggestions {
    kind
    fromOfficeId
    fromOfficeName
    toOfficeId
    toOfficeName
    dutyItemId
    dutyName
    reason
  }
}
fragment EvaluationSubmissionRow on EvaluationSubmission {
  id
  form
  status
  dueAt
  locksAt
  submittedAt
  submittedByName
  reviewComment
  late
  version
  unit {
    id
    name
  }
}`) as unknown as TypedDocumentString<SaveEvaluationFormMutation, SaveEvaluationFormMutationVariables>;
export const SubmitEvaluationFormDraftDocument = new TypedDocumentString(`
    mutation SubmitEvaluationFormDraft($input: SubmitEvaluationFormDraftInput!) {
  submitEvaluationFormDraft(input: $input) {
    form {
      ...EvaluationFormDetail
    }
  }
}
    fragment EvaluationFormDetail on EvaluationForm {
  id
  roundId
  draftVersion
  savedAt
  savedByName
  editable
  reviewable
  submission {
    ...EvaluationSubmissionRow
  }
  content {
    ...EvaluationFormRows
  }
  versions {
    id
    seq
    submittedAt
    submittedByName
    late
    decision
    reviewComment
    rowComments {
      row
      comment
    }
    indicatorCode
    reviewedAt
    reviewedByName
    content {
      ...EvaluationFormRows
    }
  }
  offices {
    id
    name
    duties {
      itemId
      code
      name
      version
    }
  }
}
fragment EvaluationFormRows on EvaluationFormContent {
  operations {
    goalId
    goalTitle
    target
    done
    figure
    met
    selfScore
    files {
      id
      fileName
      sizeBytes
    }
  }
  boundaries {
    listItemId
    itemCode
    itemName
    role
    performance
    casesHandled
    caseCodes
    problems
  }
  suggestions {
    kind
    fromOfficeId
    fromOfficeName
    toOfficeId
    toOfficeName
    dutyItemId
    dutyName
    reason
  }
}
fragment EvaluationSubmissionRow on EvaluationSubmission {
  id
  form
  status
  dueAt
  locksAt
  submittedAt
  submittedByName
  reviewComment
  late
  version
  unit {
    id
    name
  }
}`) as unknown as TypedDocumentString<SubmitEvaluationFormDraftMutation, SubmitEvaluationFormDraftMutationVariables>;
export const ReviewEvaluationFormDocument = new TypedDocumentString(`
    mutation ReviewEvaluationForm($input: ReviewEvaluationFormInput!) {
  reviewEvaluationForm(input: $input) {
    problemIds
    listChangeIds
    form {
      ...EvaluationFormDetail
    }
  }
}
    fragment EvaluationFormDetail on EvaluationForm {
  id
  roundId
  draftVersion
  savedAt
  savedByName
  editable
  reviewable
  submission {
    ...EvaluationSubmissionRow
  }
  content {
    ...EvaluationFormRows
  }
  versions {
    id
    seq
    submittedAt
    submittedByName
    late
    decision
    reviewComment
    rowComments {
      row
      comment
    }
    indicatorCode
    reviewedAt
    reviewedByName
    content {
      ...EvaluationFormRows
    }
  }
  offices {
    id
    name
    duties {
      itemId
      code
      name
      version
    }
  }
}
fragment EvaluationFormRows on EvaluationFormContent {
  operations {
    goalId
    goalTitle
    target
    done
    figure
    met
    selfScore
    files {
      id
      fileName
      sizeBytes
    }
  }
  boundaries {
    listItemId
    itemCode
    itemName
    role
    performance
    casesHandled
    caseCodes
    problems
  }
  suggestions {
    kind
    fromOfficeId
    fromOfficeName
    toOfficeId
    toOfficeName
    dutyItemId
    dutyName
    reason
  }
}
fragment EvaluationSubmissionRow on EvaluationSubmission {
  id
  form
  status
  dueAt
  locksAt
  submittedAt
  submittedByName
  reviewComment
  late
  version
  unit {
    id
    name
  }
}`) as unknown as TypedDocumentString<ReviewEvaluationFormMutation, ReviewEvaluationFormMutationVariables>;
export const DutyGoalsDocument = new TypedDocumentString(`
    query DutyGoals($filter: DutyGoalFilter, $first: Int, $after: String) {
  dutyGoals(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageFields
    }
    edges {
      node {
        ...GoalRow
      }
    }
  }
}
    fragment GoalRow on DutyGoal {
  id
  unitId
  year
  ordinal
  title
  status
  version
  targetKind
  targetQuantity
  targetUnit
  targetText
  reviewComment
  reviewedByName
  reviewedAt
  submittedAt
  publishedAt
  dutyId
  officeId
  powerItemId
  powerItem {
    id
    code
    name
  }
  unit {
    id
    code
    name
  }
  duty {
    id
    ordinal
    text
  }
  office {
    id
    name
  }
  milestones {
    id
    quarter
    description
    dueOn
    dueQuantity
  }
}
fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<DutyGoalsQuery, DutyGoalsQueryVariables>;
export const DutyGoalDocument = new TypedDocumentString(`
    query DutyGoal($id: ID!) {
  dutyGoal(id: $id) {
    ...GoalDetail
  }
}
    fragment GoalRow on DutyGoal {
  id
  unitId
  year
  ordinal
  title
  status
  version
  targetKind
  targetQuantity
  targetUnit
  targetText
  reviewComment
  reviewedByName
  reviewedAt
  submittedAt
  publishedAt
  dutyId
  officeId
  powerItemId
  powerItem {
    id
    code
    name
  }
  unit {
    id
    code
    name
  }
  duty {
    id
    ordinal
    text
  }
  office {
    id
    name
  }
  milestones {
    id
    quarter
    description
    dueOn
    dueQuantity
  }
}
fragment GoalDetail on DutyGoal {
  ...GoalRow
  progress {
    id
    milestoneId
    report
    quantityReached
    reportedByName
    reportedAt
    files {
      id
      fileName
      sizeBytes
    }
  }
  verifications {
    id
    milestoneId
    verifiedOn
    people
    methods
    findings
    result
    recordedByName
  }
}`) as unknown as TypedDocumentString<DutyGoalQuery, DutyGoalQueryVariables>;
export const GoalCoverageDocument = new TypedDocumentString(`
    query GoalCoverage($year: Int!, $unitId: ID) {
  goalCoverage(year: $year, unitId: $unitId) {
    dutyCount
    coveredDutyCount
    goalCount
    unit {
      id
      code
      name
    }
    uncoveredDuties {
      id
      ordinal
      text
    }
    goalsWithoutDuty {
      id
      title
      status
    }
  }
}
    `) as unknown as TypedDocumentString<GoalCoverageQuery, GoalCoverageQueryVariables>;
export const DraftDutyGoalDocument = new TypedDocumentString(`
    mutation DraftDutyGoal($input: DraftDutyGoalInput!) {
  draftDutyGoal(input: $input) {
    goal {
      ...GoalRow
    }
  }
}
    fragment GoalRow on DutyGoal {
  id
  unitId
  year
  ordinal
  title
  status
  version
  targetKind
  targetQuantity
  targetUnit
  targetText
  reviewComment
  reviewedByName
  reviewedAt
  submittedAt
  publishedAt
  dutyId
  officeId
  powerItemId
  powerItem {
    id
    code
    name
  }
  unit {
    id
    code
    name
  }
  duty {
    id
    ordinal
    text
  }
  office {
    id
    name
  }
  milestones {
    id
    quarter
    description
    dueOn
    dueQuantity
  }
}`) as unknown as TypedDocumentString<DraftDutyGoalMutation, DraftDutyGoalMutationVariables>;
export const UpdateDutyGoalDocument = new TypedDocumentString(`
    mutation UpdateDutyGoal($input: UpdateDutyGoalInput!) {
  updateDutyGoal(input: $input) {
    goal {
      ...GoalRow
    }
  }
}
    fragment GoalRow on DutyGoal {
  id
  unitId
  year
  ordinal
  title
  status
  version
  targetKind
  targetQuantity
  targetUnit
  targetText
  reviewComment
  reviewedByName
  reviewedAt
  submittedAt
  publishedAt
  dutyId
  officeId
  powerItemId
  powerItem {
    id
    code
    name
  }
  unit {
    id
    code
    name
  }
  duty {
    id
    ordinal
    text
  }
  office {
    id
    name
  }
  milestones {
    id
    quarter
    description
    dueOn
    dueQuantity
  }
}`) as unknown as TypedDocumentString<UpdateDutyGoalMutation, UpdateDutyGoalMutationVariables>;
export const DeleteDutyGoalDocument = new TypedDocumentString(`
    mutation DeleteDutyGoal($input: GoalVersionInput!) {
  deleteDutyGoal(input: $input) {
    deletedId
  }
}
    `) as unknown as TypedDocumentString<DeleteDutyGoalMutation, DeleteDutyGoalMutationVariables>;
export const SubmitDutyGoalDocument = new TypedDocumentString(`
    mutation SubmitDutyGoal($input: GoalVersionInput!) {
  submitDutyGoal(input: $input) {
    goal {
      ...GoalRow
    }
  }
}
    fragment GoalRow on DutyGoal {
  id
  unitId
  year
  ordinal
  title
  status
  version
  targetKind
  targetQuantity
  targetUnit
  targetText
  reviewComment
  reviewedByName
  reviewedAt
  submittedAt
  publishedAt
  dutyId
  officeId
  powerItemId
  powerItem {
    id
    code
    name
  }
  unit {
    id
    code
    name
  }
  duty {
    id
    ordinal
    text
  }
  office {
    id
    name
  }
  milestones {
    id
    quarter
    description
    dueOn
    dueQuantity
  }
}`) as unknown as TypedDocumentString<SubmitDutyGoalMutation, SubmitDutyGoalMutationVariables>;
export const SubmitDutyGoalsDocument = new TypedDocumentString(`
    mutation SubmitDutyGoals($input: SubmitYearGoalsInput!) {
  submitDutyGoals(input: $input) {
    goals {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<SubmitDutyGoalsMutation, SubmitDutyGoalsMutationVariables>;
export const ReviewDutyGoalDocument = new TypedDocumentString(`
    mutation ReviewDutyGoal($input: ReviewDutyGoalInput!) {
  reviewDutyGoal(input: $input) {
    goal {
      ...GoalRow
    }
  }
}
    fragment GoalRow on DutyGoal {
  id
  unitId
  year
  ordinal
  title
  status
  version
  targetKind
  targetQuantity
  targetUnit
  targetText
  reviewComment
  reviewedByName
  reviewedAt
  submittedAt
  publishedAt
  dutyId
  officeId
  powerItemId
  powerItem {
    id
    code
    name
  }
  unit {
    id
    code
    name
  }
  duty {
    id
    ordinal
    text
  }
  office {
    id
    name
  }
  milestones {
    id
    quarter
    description
    dueOn
    dueQuantity
  }
}`) as unknown as TypedDocumentString<ReviewDutyGoalMutation, ReviewDutyGoalMutationVariables>;
export const PublishDutyGoalsDocument = new TypedDocumentString(`
    mutation PublishDutyGoals($input: PublishDutyGoalsInput!) {
  publishDutyGoals(input: $input) {
    published
    notYetAccepted
  }
}
    `) as unknown as TypedDocumentString<PublishDutyGoalsMutation, PublishDutyGoalsMutationVariables>;
export const ReportGoalProgressDocument = new TypedDocumentString(`
    mutation ReportGoalProgress($input: ReportGoalProgressInput!) {
  reportGoalProgress(input: $input) {
    progress {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ReportGoalProgressMutation, ReportGoalProgressMutationVariables>;
export const RecordGoalVerificationDocument = new TypedDocumentString(`
    mutation RecordGoalVerification($input: RecordGoalVerificationInput!) {
  recordGoalVerification(input: $input) {
    verification {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RecordGoalVerificationMutation, RecordGoalVerificationMutationVariables>;
export const EvaluationLedgerDocument = new TypedDocumentString(`
    query EvaluationLedger($filter: LedgerFilter, $first: Int, $after: String) {
  evaluationLedger(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...LedgerRow
      }
    }
  }
}
    fragment LedgerRow on EvaluationLedgerItem {
  id
  version
  state
  unitId
  roundId
  roundName
  sourceKind
  indicatorCode
  description
  dueOn
  daysLate
  overdue
  daysOverdue
  failedVerifications
  openedAt
  unit {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<EvaluationLedgerQuery, EvaluationLedgerQueryVariables>;
export const EvaluationLedgerCountsDocument = new TypedDocumentString(`
    query EvaluationLedgerCounts($filter: LedgerFilter) {
  evaluationLedgerCounts(filter: $filter) {
    open
    rectified
    verified
    closed
    overdue
    failedOnce
    total
  }
}
    `) as unknown as TypedDocumentString<EvaluationLedgerCountsQuery, EvaluationLedgerCountsQueryVariables>;
export const EvaluationLedgerItemDocument = new TypedDocumentString(`
    query EvaluationLedgerItem($id: ID!) {
  evaluationLedgerItem(id: $id) {
    ...LedgerDetail
  }
}
    fragment LedgerRow on EvaluationLedgerItem {
  id
  version
  state
  unitId
  roundId
  roundName
  sourceKind
  indicatorCode
  description
  dueOn
  daysLate
  overdue
  daysOverdue
  failedVerifications
  openedAt
  unit {
    id
    code
    name
  }
}
fragment LedgerDetail on EvaluationLedgerItem {
  ...LedgerRow
  sourceId
  goalId
  listItemId
  caseId
  dutyId
  trackingRectificationId
  goal {
    id
    year
    title
  }
  indicator {
    code
    name
  }
  listItem {
    id
    kind
    code
    name
  }
  case {
    id
    code
    title
  }
  duty {
    id
    unitId
    text
  }
  source {
    kind
    id
    formId
  }
  dueWorkingDays
  openedByName
  evidence
  rectifiedAt
  rectifiedByName
  verifiedAt
  verifiedByName
  rating
  closedAt
  closedByName
  actions {
    id
    description
    done
    doneAt
    doneByName
  }
  events {
    id
    kind
    at
    byName
    note
    rating
  }
  extensions {
    id
    status
    reason
    requestedDueOn
    previousDueOn
    requestedByName
    requestedAt
    decidedByName
    decidedAt
    decisionNote
  }
  evidenceFiles {
    id
    fileName
  }
}`) as unknown as TypedDocumentString<EvaluationLedgerItemQuery, EvaluationLedgerItemQueryVariables>;
export const OpenLedgerItemDocument = new TypedDocumentString(`
    mutation OpenLedgerItem($input: OpenLedgerItemInput!) {
  openLedgerItem(input: $input) {
    item {
      ...LedgerDetail
    }
  }
}
    fragment LedgerRow on EvaluationLedgerItem {
  id
  version
  state
  unitId
  roundId
  roundName
  sourceKind
  indicatorCode
  description
  dueOn
  daysLate
  overdue
  daysOverdue
  failedVerifications
  openedAt
  unit {
    id
    code
    name
  }
}
fragment LedgerDetail on EvaluationLedgerItem {
  ...LedgerRow
  sourceId
  goalId
  listItemId
  caseId
  dutyId
  trackingRectificationId
  goal {
    id
    year
    title
  }
  indicator {
    code
    name
  }
  listItem {
    id
    kind
    code
    name
  }
  case {
    id
    code
    title
  }
  duty {
    id
    unitId
    text
  }
  source {
    kind
    id
    formId
  }
  dueWorkingDays
  openedByName
  evidence
  rectifiedAt
  rectifiedByName
  verifiedAt
  verifiedByName
  rating
  closedAt
  closedByName
  actions {
    id
    description
    done
    doneAt
    doneByName
  }
  events {
    id
    kind
    at
    byName
    note
    rating
  }
  extensions {
    id
    status
    reason
    requestedDueOn
    previousDueOn
    requestedByName
    requestedAt
    decidedByName
    decidedAt
    decisionNote
  }
  evidenceFiles {
    id
    fileName
  }
}`) as unknown as TypedDocumentString<OpenLedgerItemMutation, OpenLedgerItemMutationVariables>;
export const AddLedgerActionDocument = new TypedDocumentString(`
    mutation AddLedgerAction($input: AddLedgerActionInput!) {
  addLedgerAction(input: $input) {
    item {
      ...LedgerDetail
    }
  }
}
    fragment LedgerRow on EvaluationLedgerItem {
  id
  version
  state
  unitId
  roundId
  roundName
  sourceKind
  indicatorCode
  description
  dueOn
  daysLate
  overdue
  daysOverdue
  failedVerifications
  openedAt
  unit {
    id
    code
    name
  }
}
fragment LedgerDetail on EvaluationLedgerItem {
  ...LedgerRow
  sourceId
  goalId
  listItemId
  caseId
  dutyId
  trackingRectificationId
  goal {
    id
    year
    title
  }
  indicator {
    code
    name
  }
  listItem {
    id
    kind
    code
    name
  }
  case {
    id
    code
    title
  }
  duty {
    id
    unitId
    text
  }
  source {
    kind
    id
    formId
  }
  dueWorkingDays
  openedByName
  evidence
  rectifiedAt
  rectifiedByName
  verifiedAt
  verifiedByName
  rating
  closedAt
  closedByName
  actions {
    id
    description
    done
    doneAt
    doneByName
  }
  events {
    id
    kind
    at
    byName
    note
    rating
  }
  extensions {
    id
    status
    reason
    requestedDueOn
    previousDueOn
    requestedByName
    requestedAt
    decidedByName
    decidedAt
    decisionNote
  }
  evidenceFiles {
    id
    fileName
  }
}`) as unknown as TypedDocumentString<AddLedgerActionMutation, AddLedgerActionMutationVariables>;
export const SetLedgerActionDoneDocument = new TypedDocumentString(`
    mutation SetLedgerActionDone($input: SetLedgerActionDoneInput!) {
  setLedgerActionDone(input: $input) {
    item {
      ...LedgerDetail
    }
  }
}
    fragment LedgerRow on EvaluationLedgerItem {
  id
  version
  state
  unitId
  roundId
  roundName
  sourceKind
  indicatorCode
  description
  dueOn
  daysLate
  overdue
  daysOverdue
  failedVerifications
  openedAt
  unit {
    id
    code
    name
  }
}
fragment LedgerDetail on EvaluationLedgerItem {
  ...LedgerRow
  sourceId
  goalId
  listItemId
  caseId
  dutyId
  trackingRectificationId
  goal {
    id
    year
    title
  }
  indicator {
    code
    name
  }
  listItem {
    id
    kind
    code
    name
  }
  case {
    id
    code
    title
  }
  duty {
    id
    unitId
    text
  }
  source {
    kind
    id
    formId
  }
  dueWorkingDays
  openedByName
  evidence
  rectifiedAt
  rectifiedByName
  verifiedAt
  verifiedByName
  rating
  closedAt
  closedByName
  actions {
    id
    description
    done
    doneAt
    doneByName
  }
  events {
    id
    kind
    at
    byName
    note
    rating
  }
  extensions {
    id
    status
    reason
    requestedDueOn
    previousDueOn
    requestedByName
    requestedAt
    decidedByName
    decidedAt
    decisionNote
  }
  evidenceFiles {
    id
    fileName
  }
}`) as unknown as TypedDocumentString<SetLedgerActionDoneMutation, SetLedgerActionDoneMutationVariables>;
export const RectifyLedgerItemDocument = new TypedDocumentString(`
    mutation RectifyLedgerItem($input: RectifyLedgerItemInput!) {
  rectifyLedgerItem(input: $input) {
    item {
      ...LedgerDetail
    }
  }
}
    fragment LedgerRow on EvaluationLedgerItem {
  id
  version
  state
  unitId
  roundId
  roundName
  sourceKind
  indicatorCode
  description
  dueOn
  daysLate
  overdue
  daysOverdue
  failedVerifications
  openedAt
  unit {
    id
    code
    name
  }
}
fragment LedgerDetail on EvaluationLedgerItem {
  ...LedgerRow
  sourceId
  goalId
  listItemId
  caseId
  dutyId
  trackingRectificationId
  goal {
    id
    year
    title
  }
  indicator {
    code
    name
  }
  listItem {
    id
    kind
    code
    name
  }
  case {
    id
    code
    title
  }
  duty {
    id
    unitId
    text
  }
  source {
    kind
    id
    formId
  }
  dueWorkingDays
  openedByName
  evidence
  rectifiedAt
  rectifiedByName
  verifiedAt
  verifiedByName
  rating
  closedAt
  closedByName
  actions {
    id
    description
    done
    doneAt
    doneByName
  }
  events {
    id
    kind
    at
    byName
    note
    rating
  }
  extensions {
    id
    status
    reason
    requestedDueOn
    previousDueOn
    requestedByName
    requestedAt
    decidedByName
    decidedAt
    decisionNote
  }
  evidenceFiles {
    id
    fileName
  }
}`) as unknown as TypedDocumentString<RectifyLedgerItemMutation, RectifyLedgerItemMutationVariables>;
export const VerifyLedgerItemDocument = new TypedDocumentString(`
    mutation VerifyLedgerItem($input: VerifyLedgerItemInput!) {
  verifyLedgerItem(input: $input) {
    item {
      ...LedgerDetail
    }
  }
}
    fragment LedgerRow on EvaluationLedgerItem {
  id
  version
  state
  unitId
  roundId
  roundName
  sourceKind
  indicatorCode
  description
  dueOn
  daysLate
  overdue
  daysOverdue
  failedVerifications
  openedAt
  unit {
    id
    code
    name
  }
}
fragment LedgerDetail on EvaluationLedgerItem {
  ...LedgerRow
  sourceId
  goalId
  listItemId
  caseId
  dutyId
  trackingRectificationId
  goal {
    id
    year
    title
  }
  indicator {
    code
    name
  }
  listItem {
    id
    kind
    code
    name
  }
  case {
    id
    code
    title
  }
  duty {
    id
    unitId
    text
  }
  source {
    kind
    id
    formId
  }
  dueWorkingDays
  openedByName
  evidence
  rectifiedAt
  rectifiedByName
  verifiedAt
  verifiedByName
  rating
  closedAt
  closedByName
  actions {
    id
    description
    done
    doneAt
    doneByName
  }
  events {
    id
    kind
    at
    byName
    note
    rating
  }
  extensions {
    id
    status
    reason
    requestedDueOn
    previousDueOn
    requestedByName
    requestedAt
    decidedByName
    decidedAt
    decisionNote
  }
  evidenceFiles {
    id
    fileName
  }
}`) as unknown as TypedDocumentString<VerifyLedgerItemMutation, VerifyLedgerItemMutationVariables>;
export const CloseLedgerItemDocument = new TypedDocumentString(`
    mutation CloseLedgerItem($input: LedgerItemVersionInput!) {
  closeLedgerItem(input: $input) {
    item {
      ...LedgerDetail
    }
  }
}
    fragment LedgerRow on EvaluationLedgerItem {
  id
  version
  state
  unitId
  roundId
  roundName
  sourceKind
  indicatorCode
  description
  dueOn
  daysLate
  overdue
  daysOverdue
  failedVerifications
  openedAt
  unit {
    id
    code
    name
  }
}
fragment LedgerDetail on EvaluationLedgerItem {
  ...LedgerRow
  sourceId
  goalId
  listItemId
  caseId
  dutyId
  trackingRectificationId
  goal {
    id
    year
    title
  }
  indicator {
    code
    name
  }
  listItem {
    id
    kind
    code
    name
  }
  case {
    id
    code
    title
  }
  duty {
    id
    unitId
    text
  }
  source {
    kind
    id
    formId
  }
  dueWorkingDays
  openedByName
  evidence
  rectifiedAt
  rectifiedByName
  verifiedAt
  verifiedByName
  rating
  closedAt
  closedByName
  actions {
    id
    description
    done
    doneAt
    doneByName
  }
  events {
    id
    kind
    at
    byName
    note
    rating
  }
  extensions {
    id
    status
    reason
    requestedDueOn
    previousDueOn
    requestedByName
    requestedAt
    decidedByName
    decidedAt
    decisionNote
  }
  evidenceFiles {
    id
    fileName
  }
}`) as unknown as TypedDocumentString<CloseLedgerItemMutation, CloseLedgerItemMutationVariables>;
export const RequestLedgerExtensionDocument = new TypedDocumentString(`
    mutation RequestLedgerExtension($input: RequestLedgerExtensionInput!) {
  requestLedgerExtension(input: $input) {
    item {
      ...LedgerDetail
    }
  }
}
    fragment LedgerRow on EvaluationLedgerItem {
  id
  version
  state
  unitId
  roundId
  roundName
  sourceKind
  indicatorCode
  description
  dueOn
  daysLate
  overdue
  daysOverdue
  failedVerifications
  openedAt
  unit {
    id
    code
    name
  }
}
fragment LedgerDetail on EvaluationLedgerItem {
  ...LedgerRow
  sourceId
  goalId
  listItemId
  caseId
  dutyId
  trackingRectificationId
  goal {
    id
    year
    title
  }
  indicator {
    code
    name
  }
  listItem {
    id
    kind
    code
    name
  }
  case {
    id
    code
    title
  }
  duty {
    id
    unitId
    text
  }
  source {
    kind
    id
    formId
  }
  dueWorkingDays
  openedByName
  evidence
  rectifiedAt
  rectifiedByName
  verifiedAt
  verifiedByName
  rating
  closedAt
  closedByName
  actions {
    id
    description
    done
    doneAt
    doneByName
  }
  events {
    id
    kind
    at
    byName
    note
    rating
  }
  extensions {
    id
    status
    reason
    requestedDueOn
    previousDueOn
    requestedByName
    requestedAt
    decidedByName
    decidedAt
    decisionNote
  }
  evidenceFiles {
    id
    fileName
  }
}`) as unknown as TypedDocumentString<RequestLedgerExtensionMutation, RequestLedgerExtensionMutationVariables>;
export const DecideLedgerExtensionDocument = new TypedDocumentString(`
    mutation DecideLedgerExtension($input: DecideLedgerExtensionInput!) {
  decideLedgerExtension(input: $input) {
    item {
      ...LedgerDetail
    }
  }
}
    fragment LedgerRow on EvaluationLedgerItem {
  id
  version
  state
  unitId
  roundId
  roundName
  sourceKind
  indicatorCode
  description
  dueOn
  daysLate
  overdue
  daysOverdue
  failedVerifications
  openedAt
  unit {
    id
    code
    name
  }
}
fragment LedgerDetail on EvaluationLedgerItem {
  ...LedgerRow
  sourceId
  goalId
  listItemId
  caseId
  dutyId
  trackingRectificationId
  goal {
    id
    year
    title
  }
  indicator {
    code
    name
  }
  listItem {
    id
    kind
    code
    name
  }
  case {
    id
    code
    title
  }
  duty {
    id
    unitId
    text
  }
  source {
    kind
    id
    formId
  }
  dueWorkingDays
  openedByName
  evidence
  rectifiedAt
  rectifiedByName
  verifiedAt
  verifiedByName
  rating
  closedAt
  closedByName
  actions {
    id
    description
    done
    doneAt
    doneByName
  }
  events {
    id
    kind
    at
    byName
    note
    rating
  }
  extensions {
    id
    status
    reason
    requestedDueOn
    previousDueOn
    requestedByName
    requestedAt
    decidedByName
    decidedAt
    decisionNote
  }
  evidenceFiles {
    id
    fileName
  }
}`) as unknown as TypedDocumentString<DecideLedgerExtensionMutation, DecideLedgerExtensionMutationVariables>;
export const PeerRoundsDocument = new TypedDocumentString(`
    query PeerRounds($first: Int, $after: String) {
  evaluationRounds(first: $first, after: $after) {
    edges {
      node {
        id
        name
        stage
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PeerRoundsQuery, PeerRoundsQueryVariables>;
export const PeerAssessmentDocument = new TypedDocumentString(`
    query PeerAssessment($roundId: ID!) {
  peerAssessment(roundId: $roundId) {
    ...PeerAssessmentRow
  }
}
    fragment PeerAssessmentRow on PeerAssessment {
  roundId
  roundName
  roundStage
  seat
  configured
  closesAt
  windowOpen
  trimFrom
  generatedAt
  generatedByName
  version
  rules {
    raterKind
    targetKind
    ratersPerTarget
  }
}`) as unknown as TypedDocumentString<PeerAssessmentQuery, PeerAssessmentQueryVariables>;
export const PeerMatrixDocument = new TypedDocumentString(`
    query PeerMatrix($roundId: ID!) {
  peerMatrix(roundId: $roundId) {
    assignmentCount
    ratedCount
    raterCount
    submittedCount
    targets {
      unit {
        id
        code
        name
      }
      kind
      wanted
      assigned
      rated
    }
    raters {
      unit {
        id
        code
        name
      }
      kind
      assigned
      rated
      submittedAt
    }
  }
}
    `) as unknown as TypedDocumentString<PeerMatrixQuery, PeerMatrixQueryVariables>;
export const PeerAggregatesDocument = new TypedDocumentString(`
    query PeerAggregates($roundId: ID!) {
  peerAggregates(roundId: $roundId) {
    unit {
      id
      code
      name
    }
    kind
    score
    ratings
    assigned
    trimmed
  }
}
    `) as unknown as TypedDocumentString<PeerAggregatesQuery, PeerAggregatesQueryVariables>;
export const MyPeerTasksDocument = new TypedDocumentString(`
    query MyPeerTasks($roundId: ID!) {
  myPeerTasks(roundId: $roundId) {
    submittedAt
    editable
    lockedReason
    tasks {
      ...PeerTaskRow
    }
  }
}
    fragment PeerTaskRow on PeerTask {
  target {
    id
    code
    name
  }
  targetKind
  score
  comment
  ratedAt
  version
}`) as unknown as TypedDocumentString<MyPeerTasksQuery, MyPeerTasksQueryVariables>;
export const PeerConflictsDocument = new TypedDocumentString(`
    query PeerConflicts($roundId: ID!) {
  peerConflicts(roundId: $roundId) {
    id
    unitA {
      id
      code
      name
    }
    unitB {
      id
      code
      name
    }
    reason
    wholeRegion
    createdByName
    createdAt
  }
}
    `) as unknown as TypedDocumentString<PeerConflictsQuery, PeerConflictsQueryVariables>;
export const PeerRoundUnitsDocument = new TypedDocumentString(`
    query PeerRoundUnits($id: ID!) {
  evaluationRound(id: $id) {
    units {
      unit {
        id
        code
        name
      }
      category
    }
  }
}
    `) as unknown as TypedDocumentString<PeerRoundUnitsQuery, PeerRoundUnitsQueryVariables>;
export const SavePeerRulesDocument = new TypedDocumentString(`
    mutation SavePeerRules($input: SavePeerRulesInput!) {
  savePeerRules(input: $input) {
    assessment {
      ...PeerAssessmentRow
    }
  }
}
    fragment PeerAssessmentRow on PeerAssessment {
  roundId
  roundName
  roundStage
  seat
  configured
  closesAt
  windowOpen
  trimFrom
  generatedAt
  generatedByName
  version
  rules {
    raterKind
    targetKind
    ratersPerTarget
  }
}`) as unknown as TypedDocumentString<SavePeerRulesMutation, SavePeerRulesMutationVariables>;
export const GeneratePeerMatrixDocument = new TypedDocumentString(`
    mutation GeneratePeerMatrix($input: GeneratePeerMatrixInput!) {
  generatePeerMatrix(input: $input) {
    assignmentCount
    shortfalls {
      unit {
        id
        name
      }
      wanted
      got
    }
    assessment {
      ...PeerAssessmentRow
    }
  }
}
    fragment PeerAssessmentRow on PeerAssessment {
  roundId
  roundName
  roundStage
  seat
  configured
  closesAt
  windowOpen
  trimFrom
  generatedAt
  generatedByName
  version
  rules {
    raterKind
    targetKind
    ratersPerTarget
  }
}`) as unknown as TypedDocumentString<GeneratePeerMatrixMutation, GeneratePeerMatrixMutationVariables>;
export const AddPeerConflictDocument = new TypedDocumentString(`
    mutation AddPeerConflict($input: AddPeerConflictInput!) {
  addPeerConflict(input: $input) {
    conflict {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AddPeerConflictMutation, AddPeerConflictMutationVariables>;
export const RemovePeerConflictDocument = new TypedDocumentString(`
    mutation RemovePeerConflict($input: RemovePeerConflictInput!) {
  removePeerConflict(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RemovePeerConflictMutation, RemovePeerConflictMutationVariables>;
export const RatePeerDocument = new TypedDocumentString(`
    mutation RatePeer($input: RatePeerInput!) {
  ratePeer(input: $input) {
    task {
      ...PeerTaskRow
    }
  }
}
    fragment PeerTaskRow on PeerTask {
  target {
    id
    code
    name
  }
  targetKind
  score
  comment
  ratedAt
  version
}`) as unknown as TypedDocumentString<RatePeerMutation, RatePeerMutationVariables>;
export const SubmitPeerRatingsDocument = new TypedDocumentString(`
    mutation SubmitPeerRatings($input: SubmitPeerRatingsInput!) {
  submitPeerRatings(input: $input) {
    tasks {
      submittedAt
      editable
      lockedReason
    }
  }
}
    `) as unknown as TypedDocumentString<SubmitPeerRatingsMutation, SubmitPeerRatingsMutationVariables>;
export const EvaluationResultRoundsDocument = new TypedDocumentString(`
    query EvaluationResultRounds {
  evaluationResultRounds {
    id
    name
    stage
    periodKind
    periodStart
    periodEnd
  }
}
    `) as unknown as TypedDocumentString<EvaluationResultRoundsQuery, EvaluationResultRoundsQueryVariables>;
export const EvaluationResultsDocument = new TypedDocumentString(`
    query EvaluationResults($roundId: ID!, $category: EvaluationCategory) {
  evaluationResults(roundId: $roundId, category: $category) {
    roundId
    roundName
    stage
    provisional
    periodStart
    periodEnd
    minRankSample
    previousRoundName
    categories {
      category
      unitCount
      ranked
      reason
    }
    rows {
      ...EvaluationResultRowFields
    }
  }
}
    fragment EvaluationResultRowFields on EvaluationResultRow {
  unitId
  unitCode
  unitName
  category
  total
  earned
  applicable
  complete
  rank
  unrankedReason
  previousTotal
  change
  comparedIndicators
  comparison
}`) as unknown as TypedDocumentString<EvaluationResultsQuery, EvaluationResultsQueryVariables>;
export const EvaluationResultDocument = new TypedDocumentString(`
    query EvaluationResult($roundId: ID!, $unitId: ID!) {
  evaluationResult(roundId: $roundId, unitId: $unitId) {
    roundName
    provisional
    result {
      ...EvaluationResultRowFields
    }
    nodes {
      code
      parentCode
      depth
      name
      points
      applicable
      score
      capped
      leaf
      rule
      ruleKind
      figure
      figureKind
      figureUnit
      numerator
      denominator
      source
      sourceBody
      reason
      scoreId
      figureNote
      previousFigure
      previousScore
    }
    problems {
      id
      description
      raisedByName
      raisedAt
      sourceId
    }
  }
}
    fragment EvaluationResultRowFields on EvaluationResultRow {
  unitId
  unitCode
  unitName
  category
  total
  earned
  applicable
  complete
  rank
  unrankedReason
  previousTotal
  change
  comparedIndicators
  comparison
}`) as unknown as TypedDocumentString<EvaluationResultQuery, EvaluationResultQueryVariables>;
export const EvaluationDashboardDocument = new TypedDocumentString(`
    query EvaluationDashboard($roundId: ID!) {
  evaluationDashboard(roundId: $roundId) {
    roundId
    roundName
    provisional
    categories {
      category
      average
      units {
        unitId
        unitName
        total
      }
    }
    periods {
      roundId
      roundName
      periodStart
      periodEnd
      average
      unitCount
    }
    weakest {
      code
      name
      averageShare
      units
    }
  }
}
    `) as unknown as TypedDocumentString<EvaluationDashboardQuery, EvaluationDashboardQueryVariables>;
export const EvaluationImportBodiesDocument = new TypedDocumentString(`
    query EvaluationImportBodies($roundId: ID!) {
  evaluationImportBodies(roundId: $roundId)
}
    `) as unknown as TypedDocumentString<EvaluationImportBodiesQuery, EvaluationImportBodiesQueryVariables>;
export const RaiseEvaluationProblemDocument = new TypedDocumentString(`
    mutation RaiseEvaluationProblem($input: RaiseEvaluationProblemInput!) {
  raiseEvaluationProblem(input: $input) {
    problem {
      id
      description
    }
  }
}
    `) as unknown as TypedDocumentString<RaiseEvaluationProblemMutation, RaiseEvaluationProblemMutationVariables>;
export const EvaluationRoundsDocument = new TypedDocumentString(`
    query EvaluationRounds($first: Int, $after: String) {
  evaluationRounds(first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageFields
    }
    edges {
      node {
        ...EvaluationRoundRow
      }
    }
  }
}
    fragment EvaluationRoundRow on EvaluationRound {
  id
  name
  stage
  periodKind
  periodStart
  periodEnd
  minRankSample
  replyClosesAt
  publishedAt
  createdAt
  version
}
fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<EvaluationRoundsQuery, EvaluationRoundsQueryVariables>;
export const EvaluationRoundDocument = new TypedDocumentString(`
    query EvaluationRound($id: ID!, $unitId: ID) {
  evaluationRound(id: $id) {
    ...EvaluationRoundRow
    scheme {
      id
      name
      year
      versionNo
    }
    units {
      category
      unit {
        id
        code
        name
      }
    }
    submissions {
      ...EvaluationSubmissionRow
    }
    reminderLetters {
      ...ReminderLetterRow
    }
    scores(unitId: $unitId) {
      ...EvaluationScoreRow
    }
  }
}
    fragment EvaluationRoundRow on EvaluationRound {
  id
  name
  stage
  periodKind
  periodStart
  periodEnd
  minRankSample
  replyClosesAt
  publishedAt
  createdAt
  version
}
fragment EvaluationSubmissionRow on EvaluationSubmission {
  id
  form
  status
  dueAt
  locksAt
  submittedAt
  submittedByName
  reviewComment
  late
  version
  unit {
    id
    name
  }
}
fragment EvaluationScoreRow on EvaluationScore {
  id
  unitId
  indicatorCode
  indicatorName
  source
  ruleKind
  points
  maxPoints
  notApplicable
  figure
  figureNumerator
  figureDenominator
  figureKind
  figureUnit
  figureSource
  rulePoints
  selfScore
  selfNote
  selfFileIds
  selfFiles {
    id
    fileName
    sizeBytes
  }
  firstScore
  firstReason
  lostPoints
  replyText
  replyFileIds
  replyFiles {
    id
    fileName
    sizeBytes
  }
  replyAt
  finalScore
  finalReason
  changedAfterPublication
  version
}
fragment ReminderLetterRow on EvaluationReminderLetter {
  id
  letterNo
  missingForms
  issuedByName
  issuedAt
  pdfPath
  unit {
    id
    name
  }
}`) as unknown as TypedDocumentString<EvaluationRoundQuery, EvaluationRoundQueryVariables>;
export const EvaluationRoundProgressDocument = new TypedDocumentString(`
    query EvaluationRoundProgress($roundId: ID!) {
  evaluationRoundProgress(roundId: $roundId) {
    category
    overdue
    lateCount
    lettersSent
    unit {
      id
      code
      name
    }
    submissions {
      ...EvaluationSubmissionRow
    }
  }
}
    fragment EvaluationSubmissionRow on EvaluationSubmission {
  id
  form
  status
  dueAt
  locksAt
  submittedAt
  submittedByName
  reviewComment
  late
  version
  unit {
    id
    name
  }
}`) as unknown as TypedDocumentString<EvaluationRoundProgressQuery, EvaluationRoundProgressQueryVariables>;
export const MyEvaluationTasksDocument = new TypedDocumentString(`
    query MyEvaluationTasks {
  myEvaluationTasks {
    late
    locked
    round {
      ...EvaluationRoundRow
    }
    submission {
      ...EvaluationSubmissionRow
    }
  }
}
    fragment EvaluationRoundRow on EvaluationRound {
  id
  name
  stage
  periodKind
  periodStart
  periodEnd
  minRankSample
  replyClosesAt
  publishedAt
  createdAt
  version
}
fragment EvaluationSubmissionRow on EvaluationSubmission {
  id
  form
  status
  dueAt
  locksAt
  submittedAt
  submittedByName
  reviewComment
  late
  version
  unit {
    id
    name
  }
}`) as unknown as TypedDocumentString<MyEvaluationTasksQuery, MyEvaluationTasksQueryVariables>;
export const OpenEvaluationRoundDocument = new TypedDocumentString(`
    mutation OpenEvaluationRound($input: OpenEvaluationRoundInput!) {
  openEvaluationRound(input: $input) {
    round {
      ...EvaluationRoundRow
    }
  }
}
    fragment EvaluationRoundRow on EvaluationRound {
  id
  name
  stage
  periodKind
  periodStart
  periodEnd
  minRankSample
  replyClosesAt
  publishedAt
  createdAt
  version
}`) as unknown as TypedDocumentString<OpenEvaluationRoundMutation, OpenEvaluationRoundMutationVariables>;
export const AdvanceEvaluationRoundDocument = new TypedDocumentString(`
    mutation AdvanceEvaluationRound($input: AdvanceEvaluationRoundInput!) {
  advanceEvaluationRound(input: $input) {
    round {
      ...EvaluationRoundRow
    }
  }
}
    fragment EvaluationRoundRow on EvaluationRound {
  id
  name
  stage
  periodKind
  periodStart
  periodEnd
  minRankSample
  replyClosesAt
  publishedAt
  createdAt
  version
}`) as unknown as TypedDocumentString<AdvanceEvaluationRoundMutation, AdvanceEvaluationRoundMutationVariables>;
export const ChangeEvaluationDeadlineDocument = new TypedDocumentString(`
    mutation ChangeEvaluationDeadline($input: ChangeEvaluationDeadlineInput!) {
  changeEvaluationDeadline(input: $input) {
    submission {
      ...EvaluationSubmissionRow
    }
  }
}
    fragment EvaluationSubmissionRow on EvaluationSubmission {
  id
  form
  status
  dueAt
  locksAt
  submittedAt
  submittedByName
  reviewComment
  late
  version
  unit {
    id
    name
  }
}`) as unknown as TypedDocumentString<ChangeEvaluationDeadlineMutation, ChangeEvaluationDeadlineMutationVariables>;
export const ChangeEvaluationRoundUnitsDocument = new TypedDocumentString(`
    mutation ChangeEvaluationRoundUnits($input: ChangeEvaluationRoundUnitsInput!) {
  changeEvaluationRoundUnits(input: $input) {
    round {
      ...EvaluationRoundRow
    }
  }
}
    fragment EvaluationRoundRow on EvaluationRound {
  id
  name
  stage
  periodKind
  periodStart
  periodEnd
  minRankSample
  replyClosesAt
  publishedAt
  createdAt
  version
}`) as unknown as TypedDocumentString<ChangeEvaluationRoundUnitsMutation, ChangeEvaluationRoundUnitsMutationVariables>;
export const ComputeEvaluationFiguresDocument = new TypedDocumentString(`
    mutation ComputeEvaluationFigures($input: ComputeEvaluationFiguresInput!) {
  computeEvaluationFigures(input: $input) {
    figures
    notApplicable
  }
}
    `) as unknown as TypedDocumentString<ComputeEvaluationFiguresMutation, ComputeEvaluationFiguresMutationVariables>;
export const ReturnEvaluationSubmissionDocument = new TypedDocumentString(`
    mutation ReturnEvaluationSubmission($input: ReturnEvaluationSubmissionInput!) {
  returnEvaluationSubmission(input: $input) {
    submission {
      ...EvaluationSubmissionRow
    }
  }
}
    fragment EvaluationSubmissionRow on EvaluationSubmission {
  id
  form
  status
  dueAt
  locksAt
  submittedAt
  submittedByName
  reviewComment
  late
  version
  unit {
    id
    name
  }
}`) as unknown as TypedDocumentString<ReturnEvaluationSubmissionMutation, ReturnEvaluationSubmissionMutationVariables>;
export const SubmitSelfAssessmentDocument = new TypedDocumentString(`
    mutation SubmitSelfAssessment($input: SubmitSelfAssessmentInput!) {
  submitSelfAssessment(input: $input) {
    submission {
      ...EvaluationSubmissionRow
    }
  }
}
    fragment EvaluationSubmissionRow on EvaluationSubmission {
  id
  form
  status
  dueAt
  locksAt
  submittedAt
  submittedByName
  reviewComment
  late
  version
  unit {
    id
    name
  }
}`) as unknown as TypedDocumentString<SubmitSelfAssessmentMutation, SubmitSelfAssessmentMutationVariables>;
export const SubmitEvaluationFormDocument = new TypedDocumentString(`
    mutation SubmitEvaluationForm($input: SubmitEvaluationFormInput!) {
  submitEvaluationForm(input: $input) {
    submission {
      ...EvaluationSubmissionRow
    }
  }
}
    fragment EvaluationSubmissionRow on EvaluationSubmission {
  id
  form
  status
  dueAt
  locksAt
  submittedAt
  submittedByName
  reviewComment
  late
  version
  unit {
    id
    name
  }
}`) as unknown as TypedDocumentString<SubmitEvaluationFormMutation, SubmitEvaluationFormMutationVariables>;
export const IssueReminderLettersDocument = new TypedDocumentString(`
    mutation IssueReminderLetters($input: IssueReminderLettersInput!) {
  issueReminderLetters(input: $input) {
    count
    letters {
      ...ReminderLetterRow
    }
  }
}
    fragment ReminderLetterRow on EvaluationReminderLetter {
  id
  letterNo
  missingForms
  issuedByName
  issuedAt
  pdfPath
  unit {
    id
    name
  }
}`) as unknown as TypedDocumentString<IssueReminderLettersMutation, IssueReminderLettersMutationVariables>;
export const MarkEvaluationScoresDocument = new TypedDocumentString(`
    mutation MarkEvaluationScores($input: MarkEvaluationScoresInput!) {
  markEvaluationScores(input: $input) {
    scores {
      ...EvaluationScoreRow
    }
  }
}
    fragment EvaluationScoreRow on EvaluationScore {
  id
  unitId
  indicatorCode
  indicatorName
  source
  ruleKind
  points
  maxPoints
  notApplicable
  figure
  figureNumerator
  figureDenominator
  figureKind
  figureUnit
  figureSource
  rulePoints
  selfScore
  selfNote
  selfFileIds
  selfFiles {
    id
    fileName
    sizeBytes
  }
  firstScore
  firstReason
  lostPoints
  replyText
  replyFileIds
  replyFiles {
    id
    fileName
    sizeBytes
  }
  replyAt
  finalScore
  finalReason
  changedAfterPublication
  version
}`) as unknown as TypedDocumentString<MarkEvaluationScoresMutation, MarkEvaluationScoresMutationVariables>;
export const FillFirstMarksFromRulesDocument = new TypedDocumentString(`
    mutation FillFirstMarksFromRules($input: FillFirstMarksInput!) {
  fillFirstMarksFromRules(input: $input) {
    scores {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FillFirstMarksFromRulesMutation, FillFirstMarksFromRulesMutationVariables>;
export const ReplyToEvaluationMarksDocument = new TypedDocumentString(`
    mutation ReplyToEvaluationMarks($input: ReplyToEvaluationMarksInput!) {
  replyToEvaluationMarks(input: $input) {
    scores {
      ...EvaluationScoreRow
    }
  }
}
    fragment EvaluationScoreRow on EvaluationScore {
  id
  unitId
  indicatorCode
  indicatorName
  source
  ruleKind
  points
  maxPoints
  notApplicable
  figure
  figureNumerator
  figureDenominator
  figureKind
  figureUnit
  figureSource
  rulePoints
  selfScore
  selfNote
  selfFileIds
  selfFiles {
    id
    fileName
    sizeBytes
  }
  firstScore
  firstReason
  lostPoints
  replyText
  replyFileIds
  replyFiles {
    id
    fileName
    sizeBytes
  }
  replyAt
  finalScore
  finalReason
  changedAfterPublication
  version
}`) as unknown as TypedDocumentString<ReplyToEvaluationMarksMutation, ReplyToEvaluationMarksMutationVariables>;
export const FinalizeEvaluationScoresDocument = new TypedDocumentString(`
    mutation FinalizeEvaluationScores($input: MarkEvaluationScoresInput!) {
  finalizeEvaluationScores(input: $input) {
    scores {
      ...EvaluationScoreRow
    }
  }
}
    fragment EvaluationScoreRow on EvaluationScore {
  id
  unitId
  indicatorCode
  indicatorName
  source
  ruleKind
  points
  maxPoints
  notApplicable
  figure
  figureNumerator
  figureDenominator
  figureKind
  figureUnit
  figureSource
  rulePoints
  selfScore
  selfNote
  selfFileIds
  selfFiles {
    id
    fileName
    sizeBytes
  }
  firstScore
  firstReason
  lostPoints
  replyText
  replyFileIds
  replyFiles {
    id
    fileName
    sizeBytes
  }
  replyAt
  finalScore
  finalReason
  changedAfterPublication
  version
}`) as unknown as TypedDocumentString<FinalizeEvaluationScoresMutation, FinalizeEvaluationScoresMutationVariables>;
export const CorrectPublishedScoreDocument = new TypedDocumentString(`
    mutation CorrectPublishedScore($input: CorrectPublishedScoreInput!) {
  correctPublishedScore(input: $input) {
    scores {
      ...EvaluationScoreRow
    }
  }
}
    fragment EvaluationScoreRow on EvaluationScore {
  id
  unitId
  indicatorCode
  indicatorName
  source
  ruleKind
  points
  maxPoints
  notApplicable
  figure
  figureNumerator
  figureDenominator
  figureKind
  figureUnit
  figureSource
  rulePoints
  selfScore
  selfNote
  selfFileIds
  selfFiles {
    id
    fileName
    sizeBytes
  }
  firstScore
  firstReason
  lostPoints
  replyText
  replyFileIds
  replyFiles {
    id
    fileName
    sizeBytes
  }
  replyAt
  finalScore
  finalReason
  changedAfterPublication
  version
}`) as unknown as TypedDocumentString<CorrectPublishedScoreMutation, CorrectPublishedScoreMutationVariables>;
export const SandingDutiesDocument = new TypedDocumentString(`
    query SandingDuties($roundId: ID!, $unitId: ID!) {
  sandingDuties(roundId: $roundId, unitId: $unitId) {
    duty {
      id
      ordinal
      text
      role
      changeStatus
    }
    finding {
      ...DutyFindingRow
    }
    followUp {
      status
      reasons
      casesSince
      items {
        id
        kind
        code
        name
        status
        raisedSince
        casesSince
      }
      cases {
        id
        code
        title
        reportedAt
        itemId
      }
    }
  }
}
    fragment DutyFindingRow on DutyFinding {
  id
  verdict
  note
  evidence
  version
  recordedByName
  updatedAt
  problemRaised
  followUpProblemRaised
  wrongUnit {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<SandingDutiesQuery, SandingDutiesQueryVariables>;
export const SandingSummaryDocument = new TypedDocumentString(`
    query SandingSummary($roundId: ID!) {
  sandingSummary(roundId: $roundId) {
    units {
      unitId
      unitCode
      unitName
      counts {
        ...SandingCountsFields
      }
    }
    region {
      ...SandingCountsFields
    }
  }
}
    fragment SandingCountsFields on SandingCounts {
  duties
  recorded
  fulfilled
  absent
  overstep
  misplaced
  followedUp
}`) as unknown as TypedDocumentString<SandingSummaryQuery, SandingSummaryQueryVariables>;
export const DutyItemSuggestionsDocument = new TypedDocumentString(`
    query DutyItemSuggestions($dutyId: ID!) {
  dutyItemSuggestions(dutyId: $dutyId) {
    id
    kind
    code
    name
    status
    similarity
    linked
  }
}
    `) as unknown as TypedDocumentString<DutyItemSuggestionsQuery, DutyItemSuggestionsQueryVariables>;
export const RecordDutyFindingDocument = new TypedDocumentString(`
    mutation RecordDutyFinding($input: RecordDutyFindingInput!) {
  recordDutyFinding(input: $input) {
    finding {
      ...DutyFindingRow
    }
  }
}
    fragment DutyFindingRow on DutyFinding {
  id
  verdict
  note
  evidence
  version
  recordedByName
  updatedAt
  problemRaised
  followUpProblemRaised
  wrongUnit {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<RecordDutyFindingMutation, RecordDutyFindingMutationVariables>;
export const LinkDutyItemsDocument = new TypedDocumentString(`
    mutation LinkDutyItems($input: LinkDutyItemsInput!) {
  linkDutyItems(input: $input) {
    dutyId
    itemIds
  }
}
    `) as unknown as TypedDocumentString<LinkDutyItemsMutation, LinkDutyItemsMutationVariables>;
export const EvaluationSchemesDocument = new TypedDocumentString(`
    query EvaluationSchemes($year: Int, $first: Int, $after: String) {
  evaluationSchemes(year: $year, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageFields
    }
    edges {
      node {
        ...SchemeRow
      }
    }
  }
}
    fragment SchemeRow on EvaluationScheme {
  id
  year
  versionNo
  name
  status
  totalPoints
  version
  usedByRounds
  editable
  createdByName
  updatedAt
}
fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<EvaluationSchemesQuery, EvaluationSchemesQueryVariables>;
export const EvaluationSchemeDocument = new TypedDocumentString(`
    query EvaluationScheme($id: ID!) {
  evaluationScheme(id: $id) {
    ...SchemeRow
    previousScheme {
      id
      year
      name
      versionNo
    }
    indicators {
      ...SchemeIndicatorRow
    }
  }
}
    fragment SchemeRow on EvaluationScheme {
  id
  year
  versionNo
  name
  status
  totalPoints
  version
  usedByRounds
  editable
  createdByName
  updatedAt
}
fragment SchemeIndicatorRow on SchemeIndicator {
  code
  parentCode
  name
  description
  depth
  isLeaf
  points
  pointsByCategory {
    category
    points
  }
  categories
  effectivePoints {
    category
    points
  }
  source
  sourceBody
  rule {
    kind
    target
    perOccurrence
    floor
    cap
    threshold
  }
  computation {
    name
    params {
      name
      value
    }
  }
  previousCode
  comparable
  previous {
    code
    name
  }
}`) as unknown as TypedDocumentString<EvaluationSchemeQuery, EvaluationSchemeQueryVariables>;
export const EvaluationComputationsDocument = new TypedDocumentString(`
    query EvaluationComputations {
  evaluationComputations {
    name
    description
    figureKind
    parameters {
      name
      type
      defaultValue
      description
      required
    }
  }
}
    `) as unknown as TypedDocumentString<EvaluationComputationsQuery, EvaluationComputationsQueryVariables>;
export const CreateEvaluationSchemeDocument = new TypedDocumentString(`
    mutation CreateEvaluationScheme($input: CreateEvaluationSchemeInput!) {
  createEvaluationScheme(input: $input) {
    scheme {
      ...SchemeRow
    }
  }
}
    fragment SchemeRow on EvaluationScheme {
  id
  year
  versionNo
  name
  status
  totalPoints
  version
  usedByRounds
  editable
  createdByName
  updatedAt
}`) as unknown as TypedDocumentString<CreateEvaluationSchemeMutation, CreateEvaluationSchemeMutationVariables>;
export const SaveEvaluationSchemeDocument = new TypedDocumentString(`
    mutation SaveEvaluationScheme($input: SaveEvaluationSchemeInput!) {
  saveEvaluationScheme(input: $input) {
    scheme {
      ...SchemeRow
    }
  }
}
    fragment SchemeRow on EvaluationScheme {
  id
  year
  versionNo
  name
  status
  totalPoints
  version
  usedByRounds
  editable
  createdByName
  updatedAt
}`) as unknown as TypedDocumentString<SaveEvaluationSchemeMutation, SaveEvaluationSchemeMutationVariables>;
export const ActivateEvaluationSchemeDocument = new TypedDocumentString(`
    mutation ActivateEvaluationScheme($input: ActivateEvaluationSchemeInput!) {
  activateEvaluationScheme(input: $input) {
    scheme {
      ...SchemeRow
    }
  }
}
    fragment SchemeRow on EvaluationScheme {
  id
  year
  versionNo
  name
  status
  totalPoints
  version
  usedByRounds
  editable
  createdByName
  updatedAt
}`) as unknown as TypedDocumentString<ActivateEvaluationSchemeMutation, ActivateEvaluationSchemeMutationVariables>;
export const SupersedeEvaluationSchemeDocument = new TypedDocumentString(`
    mutation SupersedeEvaluationScheme($input: SupersedeEvaluationSchemeInput!) {
  supersedeEvaluationScheme(input: $input) {
    scheme {
      ...SchemeRow
    }
  }
}
    fragment SchemeRow on EvaluationScheme {
  id
  year
  versionNo
  name
  status
  totalPoints
  version
  usedByRounds
  editable
  createdByName
  updatedAt
}`) as unknown as TypedDocumentString<SupersedeEvaluationSchemeMutation, SupersedeEvaluationSchemeMutationVariables>;
export const QuestionnairesDocument = new TypedDocumentString(`
    query Questionnaires($first: Int, $after: String, $roundId: ID, $unitId: ID, $status: QuestionnaireStatus) {
  questionnaires(
    first: $first
    after: $after
    roundId: $roundId
    unitId: $unitId
    status: $status
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...QuestionnaireRow
      }
    }
  }
}
    fragment QuestionnaireRow on Questionnaire {
  id
  title
  status
  audience
  roundId
  roundName
  responseCount
  resultsShared
  createdAt
  createdByName
  publishedAt
  closedAt
  version
}`) as unknown as TypedDocumentString<QuestionnairesQuery, QuestionnairesQueryVariables>;
export const QuestionnairesToAnswerDocument = new TypedDocumentString(`
    query QuestionnairesToAnswer {
  questionnairesToAnswer {
    ...QuestionnaireDetail
  }
}
    fragment QuestionnaireRow on Questionnaire {
  id
  title
  status
  audience
  roundId
  roundName
  responseCount
  resultsShared
  createdAt
  createdByName
  publishedAt
  closedAt
  version
}
fragment QuestionnaireDetail on Questionnaire {
  ...QuestionnaireRow
  intro
  linkToken
  questions {
    kind
    text
    required
    options
    scaleMax
    lowLabel
    highLabel
  }
  targets {
    id
    name
  }
  respondents {
    id
    name
  }
  officeUnit {
    id
    name
  }
  myResponses {
    id
    targetUnitId
    answeredOn
  }
}`) as unknown as TypedDocumentString<QuestionnairesToAnswerQuery, QuestionnairesToAnswerQueryVariables>;
export const QuestionnaireDocument = new TypedDocumentString(`
    query Questionnaire($id: ID!) {
  questionnaire(id: $id) {
    ...QuestionnaireDetail
  }
}
    fragment QuestionnaireRow on Questionnaire {
  id
  title
  status
  audience
  roundId
  roundName
  responseCount
  resultsShared
  createdAt
  createdByName
  publishedAt
  closedAt
  version
}
fragment QuestionnaireDetail on Questionnaire {
  ...QuestionnaireRow
  intro
  linkToken
  questions {
    kind
    text
    required
    options
    scaleMax
    lowLabel
    highLabel
  }
  targets {
    id
    name
  }
  respondents {
    id
    name
  }
  officeUnit {
    id
    name
  }
  myResponses {
    id
    targetUnitId
    answeredOn
  }
}`) as unknown as TypedDocumentString<QuestionnaireQuery, QuestionnaireQueryVariables>;
export const QuestionnaireResultsDocument = new TypedDocumentString(`
    query QuestionnaireResults($id: ID!, $targetUnitId: ID) {
  questionnaireResults(id: $id, targetUnitId: $targetUnitId) {
    questionnaireId
    responseCount
    satisfaction
    targetUnitId
    targets {
      unitId
      responseCount
      satisfaction
    }
    questions {
      question
      kind
      text
      answered
      scaleMean
      options {
        label
        count
        share
      }
      scale {
        label
        count
        share
      }
      texts
    }
  }
}
    `) as unknown as TypedDocumentString<QuestionnaireResultsQuery, QuestionnaireResultsQueryVariables>;
export const CreateQuestionnaireDocument = new TypedDocumentString(`
    mutation CreateQuestionnaire($input: CreateQuestionnaireInput!) {
  createQuestionnaire(input: $input) {
    questionnaire {
      ...QuestionnaireDetail
    }
  }
}
    fragment QuestionnaireRow on Questionnaire {
  id
  title
  status
  audience
  roundId
  roundName
  responseCount
  resultsShared
  createdAt
  createdByName
  publishedAt
  closedAt
  version
}
fragment QuestionnaireDetail on Questionnaire {
  ...QuestionnaireRow
  intro
  linkToken
  questions {
    kind
    text
    required
    options
    scaleMax
    lowLabel
    highLabel
  }
  targets {
    id
    name
  }
  respondents {
    id
    name
  }
  officeUnit {
    id
    name
  }
  myResponses {
    id
    targetUnitId
    answeredOn
  }
}`) as unknown as TypedDocumentString<CreateQuestionnaireMutation, CreateQuestionnaireMutationVariables>;
export const UpdateQuestionnaireDocument = new TypedDocumentString(`
    mutation UpdateQuestionnaire($input: UpdateQuestionnaireInput!) {
  updateQuestionnaire(input: $input) {
    questionnaire {
      ...QuestionnaireDetail
    }
  }
}
    fragment QuestionnaireRow on Questionnaire {
  id
  title
  status
  audience
  roundId
  roundName
  responseCount
  resultsShared
  createdAt
  createdByName
  publishedAt
  closedAt
  version
}
fragment QuestionnaireDetail on Questionnaire {
  ...QuestionnaireRow
  intro
  linkToken
  questions {
    kind
    text
    required
    options
    scaleMax
    lowLabel
    highLabel
  }
  targets {
    id
    name
  }
  respondents {
    id
    name
  }
  officeUnit {
    id
    name
  }
  myResponses {
    id
    targetUnitId
    answeredOn
  }
}`) as unknown as TypedDocumentString<UpdateQuestionnaireMutation, UpdateQuestionnaireMutationVariables>;
export const PublishQuestionnaireDocument = new TypedDocumentString(`
    mutation PublishQuestionnaire($input: PublishQuestionnaireInput!) {
  publishQuestionnaire(input: $input) {
    questionnaire {
      ...QuestionnaireDetail
    }
  }
}
    fragment QuestionnaireRow on Questionnaire {
  id
  title
  status
  audience
  roundId
  roundName
  responseCount
  resultsShared
  createdAt
  createdByName
  publishedAt
  closedAt
  version
}
fragment QuestionnaireDetail on Questionnaire {
  ...QuestionnaireRow
  intro
  linkToken
  questions {
    kind
    text
    required
    options
    scaleMax
    lowLabel
    highLabel
  }
  targets {
    id
    name
  }
  respondents {
    id
    name
  }
  officeUnit {
    id
    name
  }
  myResponses {
    id
    targetUnitId
    answeredOn
  }
}`) as unknown as TypedDocumentString<PublishQuestionnaireMutation, PublishQuestionnaireMutationVariables>;
export const CloseQuestionnaireDocument = new TypedDocumentString(`
    mutation CloseQuestionnaire($input: QuestionnaireVersionInput!) {
  closeQuestionnaire(input: $input) {
    questionnaire {
      ...QuestionnaireDetail
    }
  }
}
    fragment QuestionnaireRow on Questionnaire {
  id
  title
  status
  audience
  roundId
  roundName
  responseCount
  resultsShared
  createdAt
  createdByName
  publishedAt
  closedAt
  version
}
fragment QuestionnaireDetail on Questionnaire {
  ...QuestionnaireRow
  intro
  linkToken
  questions {
    kind
    text
    required
    options
    scaleMax
    lowLabel
    highLabel
  }
  targets {
    id
    name
  }
  respondents {
    id
    name
  }
  officeUnit {
    id
    name
  }
  myResponses {
    id
    targetUnitId
    answeredOn
  }
}`) as unknown as TypedDocumentString<CloseQuestionnaireMutation, CloseQuestionnaireMutationVariables>;
export const ShareQuestionnaireResultsDocument = new TypedDocumentString(`
    mutation ShareQuestionnaireResults($input: QuestionnaireVersionInput!) {
  shareQuestionnaireResults(input: $input) {
    questionnaire {
      ...QuestionnaireDetail
    }
  }
}
    fragment QuestionnaireRow on Questionnaire {
  id
  title
  status
  audience
  roundId
  roundName
  responseCount
  resultsShared
  createdAt
  createdByName
  publishedAt
  closedAt
  version
}
fragment QuestionnaireDetail on Questionnaire {
  ...QuestionnaireRow
  intro
  linkToken
  questions {
    kind
    text
    required
    options
    scaleMax
    lowLabel
    highLabel
  }
  targets {
    id
    name
  }
  respondents {
    id
    name
  }
  officeUnit {
    id
    name
  }
  myResponses {
    id
    targetUnitId
    answeredOn
  }
}`) as unknown as TypedDocumentString<ShareQuestionnaireResultsMutation, ShareQuestionnaireResultsMutationVariables>;
export const AnswerQuestionnaireDocument = new TypedDocumentString(`
    mutation AnswerQuestionnaire($input: AnswerQuestionnaireInput!) {
  answerQuestionnaire(input: $input) {
    response {
      id
      targetUnitId
      answeredOn
    }
  }
}
    `) as unknown as TypedDocumentString<AnswerQuestionnaireMutation, AnswerQuestionnaireMutationVariables>;
export const UnsatisfiedRatingsDocument = new TypedDocumentString(`
    query UnsatisfiedRatings($first: Int, $after: String) {
  unsatisfiedRatings(first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageFields
    }
    edges {
      node {
        id
        comment
        raterName
        ratedAt
        ratedUnit {
          name
        }
        investigation {
          id
          status
        }
        case {
          id
          code
          title
          timeline {
            kind
            actorName
            note
            occurredAt
          }
        }
      }
    }
  }
}
    fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<UnsatisfiedRatingsQuery, UnsatisfiedRatingsQueryVariables>;
export const InvestigationsDocument = new TypedDocumentString(`
    query Investigations($filter: InvestigationFilter, $first: Int, $after: String) {
  investigations(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageFields
    }
    edges {
      node {
        ...InvestigationFields
      }
    }
  }
}
    fragment InvestigationFields on Investigation {
  id
  subject
  status
  conclusion
  conclusionText
  linkedUnits
  linkedPeople
  openerName
  openedAt
  concludedAt
  version
  findings {
    id
    text
    byName
    recordedAt
  }
  case {
    id
    code
    title
  }
}
fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<InvestigationsQuery, InvestigationsQueryVariables>;
export const OpenInvestigationDocument = new TypedDocumentString(`
    mutation OpenInvestigation($input: OpenInvestigationInput!) {
  openInvestigation(input: $input) {
    investigation {
      ...InvestigationFields
    }
  }
}
    fragment InvestigationFields on Investigation {
  id
  subject
  status
  conclusion
  conclusionText
  linkedUnits
  linkedPeople
  openerName
  openedAt
  concludedAt
  version
  findings {
    id
    text
    byName
    recordedAt
  }
  case {
    id
    code
    title
  }
}`) as unknown as TypedDocumentString<OpenInvestigationMutation, OpenInvestigationMutationVariables>;
export const RecordInvestigationFindingDocument = new TypedDocumentString(`
    mutation RecordInvestigationFinding($input: RecordInvestigationFindingInput!) {
  recordInvestigationFinding(input: $input) {
    investigation {
      ...InvestigationFields
    }
  }
}
    fragment InvestigationFields on Investigation {
  id
  subject
  status
  conclusion
  conclusionText
  linkedUnits
  linkedPeople
  openerName
  openedAt
  concludedAt
  version
  findings {
    id
    text
    byName
    recordedAt
  }
  case {
    id
    code
    title
  }
}`) as unknown as TypedDocumentString<RecordInvestigationFindingMutation, RecordInvestigationFindingMutationVariables>;
export const ConcludeInvestigationDocument = new TypedDocumentString(`
    mutation ConcludeInvestigation($input: ConcludeInvestigationInput!) {
  concludeInvestigation(input: $input) {
    investigation {
      ...InvestigationFields
    }
  }
}
    fragment InvestigationFields on Investigation {
  id
  subject
  status
  conclusion
  conclusionText
  linkedUnits
  linkedPeople
  openerName
  openedAt
  concludedAt
  version
  findings {
    id
    text
    byName
    recordedAt
  }
  case {
    id
    code
    title
  }
}`) as unknown as TypedDocumentString<ConcludeInvestigationMutation, ConcludeInvestigationMutationVariables>;
export const ListImportDocument = new TypedDocumentString(`
    query ListImport($id: ID!, $errors: Int) {
  listImport(id: $id) {
    ...ListImportFields
    errors(first: $errors) {
      row
      column
      reason
    }
  }
}
    fragment ListImportFields on ListImport {
  id
  kind
  fileName
  status
  totalRows
  processedRows
  createdCount
  updatedCount
  unchangedCount
  errorCount
  message
  actorName
  startedAt
  finishedAt
}`) as unknown as TypedDocumentString<ListImportQuery, ListImportQueryVariables>;
export const ListItemsDocument = new TypedDocumentString(`
    query ListItems($filter: ListItemFilter!, $first: Int!, $after: String) {
  listItems(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageFields
    }
    edges {
      node {
        ...ListItemRow
      }
    }
  }
}
    fragment ListItemRow on ListItem {
  id
  kind
  code
  name
  status
  publishedVersion
  unitId
  unit {
    id
    code
    name
  }
  details {
    power {
      type
      level
    }
    boundary {
      scope
      batch
    }
    territorial {
      custom
    }
    collaboration {
      kind
    }
    village {
      kind
    }
  }
}
fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<ListItemsQuery, ListItemsQueryVariables>;
export const ListItemDetailDocument = new TypedDocumentString(`
    query ListItemDetail($id: ID!) {
  listItem(id: $id) {
    id
    kind
    code
    name
    status
    publishedVersion
    version
    unitId
    unit {
      id
      code
      name
      parentId
    }
    details {
      ...ItemDetailsFields
    }
    versions {
      versionNo
      name
      status
      publishedAt
      publishedBy
      changeId
    }
  }
}
    fragment ItemDetailsFields on ItemDetails {
  power {
    type
    level
    legalBasis
    catalogueCode
    supervisionDuties
  }
  dutyTask {
    mandateDuty
    workNorm
    steps {
      order
      actorUnitCode
      action
      timeLimitDays
    }
  }
  boundary {
    scope
    batch
    leadResponsibility
    cooperating {
      unitCode
      responsibility
    }
    responsibleOffices
    collaborationSteps
    legalBasis
    originDisputeCode
  }
  territorial {
    custom
    leadResponsibility
    townshipResponsibility
  }
  collaboration {
    kind
    leadResponsibility
    cooperating {
      unitCode
      responsibility
    }
    responsibleOffices
    workflow
  }
  village {
    kind
    task
  }
}`) as unknown as TypedDocumentString<ListItemDetailQuery, ListItemDetailQueryVariables>;
export const ListItemDiffDocument = new TypedDocumentString(`
    query ListItemDiff($itemId: ID!, $fromVersion: Int!, $toVersion: Int!) {
  listItemDiff(itemId: $itemId, fromVersion: $fromVersion, toVersion: $toVersion) {
    path
    before
    after
  }
}
    `) as unknown as TypedDocumentString<ListItemDiffQuery, ListItemDiffQueryVariables>;
export const ListCountsDocument = new TypedDocumentString(`
    query ListCounts($kind: ListKind!) {
  listCounts(kind: $kind) {
    unitId
    powerType
    count
  }
}
    `) as unknown as TypedDocumentString<ListCountsQuery, ListCountsQueryVariables>;
export const ListChangesDocument = new TypedDocumentString(`
    query ListChanges($status: ChangeStatus, $first: Int!, $after: String) {
  listChanges(status: $status, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageFields
    }
    edges {
      node {
        id
        changeType
        status
        baseVersion
        proposedName
        proposedDetails {
          ...ItemDetailsFields
        }
        reason
        legalBasis
        proposerName
        proposerUnitId
        proposerUnit {
          id
          code
          name
          kind
        }
        proposedAt
        decidedAt
        decidedByName
        decisionReason
        resultingVersion
        itemId
        item {
          id
          kind
          code
          name
          status
          publishedVersion
          unit {
            id
            code
            name
          }
          details {
            ...ItemDetailsFields
          }
        }
      }
    }
  }
}
    fragment ItemDetailsFields on ItemDetails {
  power {
    type
    level
    legalBasis
    catalogueCode
    supervisionDuties
  }
  dutyTask {
    mandateDuty
    workNorm
    steps {
      order
      actorUnitCode
      action
      timeLimitDays
    }
  }
  boundary {
    scope
    batch
    leadResponsibility
    cooperating {
      unitCode
      responsibility
    }
    responsibleOffices
    collaborationSteps
    legalBasis
    originDisputeCode
  }
  territorial {
    custom
    leadResponsibility
    townshipResponsibility
  }
  collaboration {
    kind
    leadResponsibility
    cooperating {
      unitCode
      responsibility
    }
    responsibleOffices
    workflow
  }
  village {
    kind
    task
  }
}
fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<ListChangesQuery, ListChangesQueryVariables>;
export const UnitsByCodesDocument = new TypedDocumentString(`
    query UnitsByCodes($codes: [String!]!) {
  unitsByCodes(codes: $codes) {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<UnitsByCodesQuery, UnitsByCodesQueryVariables>;
export const ProposeListChangeDocument = new TypedDocumentString(`
    mutation ProposeListChange($input: ProposeListChangeInput!) {
  proposeListChange(input: $input) {
    change {
      ...ListChangeOutcome
    }
  }
}
    fragment ListChangeOutcome on ListChange {
  id
  changeType
  status
  itemId
  resultingVersion
}`) as unknown as TypedDocumentString<ProposeListChangeMutation, ProposeListChangeMutationVariables>;
export const DecideListChangeDocument = new TypedDocumentString(`
    mutation DecideListChange($input: DecideListChangeInput!) {
  decideListChange(input: $input) {
    change {
      ...ListChangeOutcome
    }
  }
}
    fragment ListChangeOutcome on ListChange {
  id
  changeType
  status
  itemId
  resultingVersion
}`) as unknown as TypedDocumentString<DecideListChangeMutation, DecideListChangeMutationVariables>;
export const WithdrawListChangeDocument = new TypedDocumentString(`
    mutation WithdrawListChange($changeId: ID!) {
  withdrawListChange(changeId: $changeId) {
    change {
      ...ListChangeOutcome
    }
  }
}
    fragment ListChangeOutcome on ListChange {
  id
  changeType
  status
  itemId
  resultingVersion
}`) as unknown as TypedDocumentString<WithdrawListChangeMutation, WithdrawListChangeMutationVariables>;
export const MandateDocument = new TypedDocumentString(`
    query Mandate($unitId: ID!, $filter: DutyFilter) {
  mandate(unitId: $unitId) {
    unitId
    unit {
      id
      code
      name
      kind
    }
    duties(filter: $filter) {
      ...DutyRow
    }
    staffing {
      ...StaffingFields
    }
    offices {
      id
      code
      name
    }
  }
}
    fragment DutyRow on Duty {
  id
  unitId
  ordinal
  text
  role
  changeStatus
  relatedUnitId
  relatedUnit {
    id
    code
    name
  }
  version
}
fragment StaffingFields on Staffing {
  unitId
  administrativePosts
  institutionalPosts
  serviceWorkerPosts
  leaderPosts
  actualHeadcount
  version
  updatedAt
}`) as unknown as TypedDocumentString<MandateQuery, MandateQueryVariables>;
export const StaffingHistoryDocument = new TypedDocumentString(`
    query StaffingHistory($unitId: ID!, $first: Int, $after: String) {
  mandate(unitId: $unitId) {
    unitId
    staffingHistory(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageFields
      }
      edges {
        node {
          ...StaffingChangeRow
        }
      }
    }
  }
}
    fragment StaffingFiguresFields on StaffingFigures {
  administrativePosts
  institutionalPosts
  serviceWorkerPosts
  leaderPosts
  actualHeadcount
}
fragment StaffingChangeRow on StaffingChange {
  id
  effectiveDate
  documentNo
  reason
  changedByName
  changedAt
  before {
    ...StaffingFiguresFields
  }
  after {
    ...StaffingFiguresFields
  }
}
fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<StaffingHistoryQuery, StaffingHistoryQueryVariables>;
export const SaveDutyDocument = new TypedDocumentString(`
    mutation SaveDuty($input: SaveDutyInput!) {
  saveDuty(input: $input) {
    duty {
      ...DutyRow
    }
  }
}
    fragment DutyRow on Duty {
  id
  unitId
  ordinal
  text
  role
  changeStatus
  relatedUnitId
  relatedUnit {
    id
    code
    name
  }
  version
}`) as unknown as TypedDocumentString<SaveDutyMutation, SaveDutyMutationVariables>;
export const RemoveDutyDocument = new TypedDocumentString(`
    mutation RemoveDuty($input: RemoveDutyInput!) {
  removeDuty(input: $input) {
    removedId
  }
}
    `) as unknown as TypedDocumentString<RemoveDutyMutation, RemoveDutyMutationVariables>;
export const ChangeStaffingDocument = new TypedDocumentString(`
    mutation ChangeStaffing($input: ChangeStaffingInput!) {
  changeStaffing(input: $input) {
    staffing {
      ...StaffingFields
    }
    change {
      ...StaffingChangeRow
    }
  }
}
    fragment StaffingFields on Staffing {
  unitId
  administrativePosts
  institutionalPosts
  serviceWorkerPosts
  leaderPosts
  actualHeadcount
  version
  updatedAt
}
fragment StaffingFiguresFields on StaffingFigures {
  administrativePosts
  institutionalPosts
  serviceWorkerPosts
  leaderPosts
  actualHeadcount
}
fragment StaffingChangeRow on StaffingChange {
  id
  effectiveDate
  documentNo
  reason
  changedByName
  changedAt
  before {
    ...StaffingFiguresFields
  }
  after {
    ...StaffingFiguresFields
  }
}`) as unknown as TypedDocumentString<ChangeStaffingMutation, ChangeStaffingMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    subject
    username
    displayName
    system
    roles
    officeId
    unit {
      ...UnitFields
    }
  }
}
    fragment UnitFields on Unit {
  id
  code
  name
  kind
  level
  category
  creditCode
  parentId
  depth
  childCount
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications($unreadOnly: Boolean, $first: Int, $after: String) {
  notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
    totalCount
    unreadCount
    pageInfo {
      ...PageFields
    }
    edges {
      node {
        id
        kind
        title
        link
        createdAt
        readAt
      }
    }
  }
}
    fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]) {
  markNotificationsRead(input: {ids: $ids}) {
    marked
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const NotificationSettingsDocument = new TypedDocumentString(`
    query NotificationSettings {
  notificationSettings {
    kinds {
      kind
      enabled
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationSettingsQuery, NotificationSettingsQueryVariables>;
export const UpdateNotificationSettingsDocument = new TypedDocumentString(`
    mutation UpdateNotificationSettings($mutedKinds: [String!]!) {
  updateNotificationSettings(input: {mutedKinds: $mutedKinds}) {
    unreadCount
    settings {
      kinds {
        kind
        enabled
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateNotificationSettingsMutation, UpdateNotificationSettingsMutationVariables>;
export const UnitsDocument = new TypedDocumentString(`
    query Units($filter: UnitFilter, $first: Int!, $after: String) {
  units(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageFields
    }
    edges {
      node {
        ...UnitFields
      }
    }
  }
}
    fragment UnitFields on Unit {
  id
  code
  name
  kind
  level
  category
  creditCode
  parentId
  depth
  childCount
}
fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<UnitsQuery, UnitsQueryVariables>;
export const UnitDetailDocument = new TypedDocumentString(`
    query UnitDetail($id: ID!) {
  unit(id: $id) {
    ...UnitFields
    parent {
      id
      code
      name
    }
  }
}
    fragment UnitFields on Unit {
  id
  code
  name
  kind
  level
  category
  creditCode
  parentId
  depth
  childCount
}`) as unknown as TypedDocumentString<UnitDetailQuery, UnitDetailQueryVariables>;
export const UnitAncestryDocument = new TypedDocumentString(`
    query UnitAncestry($id: ID!) {
  unit(id: $id) {
    id
    parentId
    parent {
      id
      parentId
      parent {
        id
        parentId
        parent {
          id
          parentId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UnitAncestryQuery, UnitAncestryQueryVariables>;
export const UnitChoicesDocument = new TypedDocumentString(`
    query UnitChoices($filter: UnitFilter, $first: Int!) {
  units(filter: $filter, first: $first) {
    edges {
      node {
        id
        code
        name
        kind
        parent {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UnitChoicesQuery, UnitChoicesQueryVariables>;
export const WorkloadSummaryDocument = new TypedDocumentString(`
    query WorkloadSummary($year: Int!) {
  workloadSummary(year: $year) {
    year
    offices {
      office {
        id
        code
        name
      }
      department {
        id
        name
      }
      items
      received
      completed
      shareOfDepartment
    }
    departments {
      department {
        id
        name
      }
      offices
      received
      completed
    }
  }
}
    `) as unknown as TypedDocumentString<WorkloadSummaryQuery, WorkloadSummaryQueryVariables>;
export const SuggestPostsToMoveDocument = new TypedDocumentString(`
    query SuggestPostsToMove($input: SuggestPostsInput!) {
  suggestPostsToMove(input: $input) {
    itemId
    itemName
    office {
      name
    }
    toUnit {
      name
    }
    itemCompleted
    officeCompleted
    officePosts
    share
    exactPosts
    posts
  }
}
    `) as unknown as TypedDocumentString<SuggestPostsToMoveQuery, SuggestPostsToMoveQueryVariables>;
export const CaseStatisticsDocument = new TypedDocumentString(`
    query CaseStatistics($input: CaseStatisticsInput!) {
  caseStatistics(input: $input) {
    groupBy
    minSample
    groups {
      ...StatisticsGroupFields
    }
    totals {
      ...StatisticsGroupFields
    }
  }
}
    fragment StatisticsGroupFields on CaseStatisticsGroup {
  key
  label
  cases
  dispatches
  closed
  replied
  onTime
  ratings
  satisfied
  basicallySatisfied
  unsatisfied
  satisfactionRate
  onTimeRate
  ranked
  rank
  reopened
  reopenRate
  visits
  visitSatisfied
  visitBasicallySatisfied
  visitUnsatisfied
  visitSatisfactionRate
}`) as unknown as TypedDocumentString<CaseStatisticsQuery, CaseStatisticsQueryVariables>;
export const CaseBoardDocument = new TypedDocumentString(`
    query CaseBoard {
  caseBoard {
    snapshotAt
    openByStatus {
      status
      count
    }
    overdueDispatches
    awaitingAcceptance
    disputed
    newToday
    closedToday
  }
}
    `) as unknown as TypedDocumentString<CaseBoardQuery, CaseBoardQueryVariables>;
export const MyTodoDocument = new TypedDocumentString(`
    query MyTodo($kinds: [TodoKind!], $first: Int, $after: String) {
  myTodo(kinds: $kinds, first: $first, after: $after) {
    totalCount
    counts {
      kind
      count
      overdue
    }
    pageInfo {
      ...PageFields
    }
    edges {
      node {
        kind
        deadline
        overdue
        since
        case {
          id
          code
          title
          address
        }
        dispatch {
          id
          role
          instructions
          fromUnit {
            id
            name
          }
          toUnit {
            id
            name
          }
        }
        appeal {
          id
          reason
          appellantName
        }
      }
    }
  }
}
    fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<MyTodoQuery, MyTodoQueryVariables>;
export const EstablishmentMattersDocument = new TypedDocumentString(`
    query EstablishmentMatters($filter: EstablishmentMatterFilter, $first: Int, $after: String) {
  establishmentMatters(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageFields
    }
    edges {
      cursor
      node {
        ...MatterRow
      }
    }
  }
}
    fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}
fragment MatterRow on EstablishmentMatter {
  id
  kind
  documentNo
  approvedOn
  content
  version
  unit {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<EstablishmentMattersQuery, EstablishmentMattersQueryVariables>;
export const TrackingRoundsDocument = new TypedDocumentString(`
    query TrackingRounds($first: Int, $after: String) {
  trackingRounds(first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageFields
    }
    edges {
      cursor
      node {
        ...RoundRow
      }
    }
  }
}
    fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}
fragment RoundRow on TrackingRound {
  id
  name
  planDate
  step
  version
}`) as unknown as TypedDocumentString<TrackingRoundsQuery, TrackingRoundsQueryVariables>;
export const TrackingRoundDocument = new TypedDocumentString(`
    query TrackingRound($id: ID!) {
  trackingRound(id: $id) {
    ...RoundRow
    steps {
      step
      doneOn
      doneByName
      note
    }
    matters {
      reviewId
      matter {
        ...MatterRow
      }
      included
      proposed
      reason
      selfCheck
      selfCheckBy
      selfCheckAt
      result
      recommendation
      indicators {
        ...IndicatorRow
      }
      scores {
        indicatorCode
        earned
        notApplicable
        evidence
        scoredByName
        scoredAt
      }
      rectifications {
        id
        requirement
        deadline
        doneOn
        version
      }
      archive {
        contentHash
        archivedAt
        archivedBy
      }
    }
  }
}
    fragment MatterRow on EstablishmentMatter {
  id
  kind
  documentNo
  approvedOn
  content
  version
  unit {
    id
    code
    name
  }
}
fragment IndicatorRow on TrackingIndicator {
  code
  name
  points
  method
  guidance
}
fragment RoundRow on TrackingRound {
  id
  name
  planDate
  step
  version
}`) as unknown as TypedDocumentString<TrackingRoundQuery, TrackingRoundQueryVariables>;
export const RankingOfKindDocument = new TypedDocumentString(`
    query RankingOfKind($roundId: ID!, $kind: MatterKind!) {
  rankingOfKind(roundId: $roundId, kind: $kind) {
    rank
    result
    matter {
      id
      documentNo
      unit {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RankingOfKindQuery, RankingOfKindQueryVariables>;
export const AdvanceRoundStepDocument = new TypedDocumentString(`
    mutation AdvanceRoundStep($input: AdvanceRoundStepInput!) {
  advanceRoundStep(input: $input) {
    round {
      ...RoundRow
    }
  }
}
    fragment RoundRow on TrackingRound {
  id
  name
  planDate
  step
  version
}`) as unknown as TypedDocumentString<AdvanceRoundStepMutation, AdvanceRoundStepMutationVariables>;
export const PlanTrackingRoundDocument = new TypedDocumentString(`
    mutation PlanTrackingRound($input: PlanTrackingRoundInput!) {
  planTrackingRound(input: $input) {
    round {
      ...RoundRow
    }
  }
}
    fragment RoundRow on TrackingRound {
  id
  name
  planDate
  step
  version
}`) as unknown as TypedDocumentString<PlanTrackingRoundMutation, PlanTrackingRoundMutationVariables>;
export const CreateEstablishmentMatterDocument = new TypedDocumentString(`
    mutation CreateEstablishmentMatter($input: CreateEstablishmentMatterInput!) {
  createEstablishmentMatter(input: $input) {
    matter {
      ...MatterRow
    }
  }
}
    fragment MatterRow on EstablishmentMatter {
  id
  kind
  documentNo
  approvedOn
  content
  version
  unit {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<CreateEstablishmentMatterMutation, CreateEstablishmentMatterMutationVariables>;
export const UpdateEstablishmentMatterDocument = new TypedDocumentString(`
    mutation UpdateEstablishmentMatter($input: UpdateEstablishmentMatterInput!) {
  updateEstablishmentMatter(input: $input) {
    matter {
      ...MatterRow
    }
  }
}
    fragment MatterRow on EstablishmentMatter {
  id
  kind
  documentNo
  approvedOn
  content
  version
  unit {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<UpdateEstablishmentMatterMutation, UpdateEstablishmentMatterMutationVariables>;
export const TrackingTemplatesDocument = new TypedDocumentString(`
    query TrackingTemplates {
  trackingTemplates {
    ...TemplateRow
  }
}
    fragment IndicatorRow on TrackingIndicator {
  code
  name
  points
  method
  guidance
}
fragment TemplateRow on TrackingTemplate {
  kind
  version
  updatedAt
  indicators {
    ...IndicatorRow
  }
}`) as unknown as TypedDocumentString<TrackingTemplatesQuery, TrackingTemplatesQueryVariables>;
export const SaveTrackingTemplateDocument = new TypedDocumentString(`
    mutation SaveTrackingTemplate($input: SaveTrackingTemplateInput!) {
  saveTrackingTemplate(input: $input) {
    template {
      ...TemplateRow
    }
  }
}
    fragment IndicatorRow on TrackingIndicator {
  code
  name
  points
  method
  guidance
}
fragment TemplateRow on TrackingTemplate {
  kind
  version
  updatedAt
  indicators {
    ...IndicatorRow
  }
}`) as unknown as TypedDocumentString<SaveTrackingTemplateMutation, SaveTrackingTemplateMutationVariables>;
export const ChangeRoundScopeDocument = new TypedDocumentString(`
    mutation ChangeRoundScope($input: ChangeRoundScopeInput!) {
  changeRoundScope(input: $input) {
    round {
      ...RoundRow
    }
  }
}
    fragment RoundRow on TrackingRound {
  id
  name
  planDate
  step
  version
}`) as unknown as TypedDocumentString<ChangeRoundScopeMutation, ChangeRoundScopeMutationVariables>;
export const SubmitSelfCheckDocument = new TypedDocumentString(`
    mutation SubmitSelfCheck($input: SubmitSelfCheckInput!) {
  submitSelfCheck(input: $input) {
    selfCheck
  }
}
    `) as unknown as TypedDocumentString<SubmitSelfCheckMutation, SubmitSelfCheckMutationVariables>;
export const ScoreMatterDocument = new TypedDocumentString(`
    mutation ScoreMatter($input: ScoreMatterInput!) {
  scoreMatter(input: $input) {
    result
  }
}
    `) as unknown as TypedDocumentString<ScoreMatterMutation, ScoreMatterMutationVariables>;
export const RequireRectificationDocument = new TypedDocumentString(`
    mutation RequireRectification($input: RequireRectificationInput!) {
  requireRectification(input: $input) {
    rectification {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RequireRectificationMutation, RequireRectificationMutationVariables>;
export const RecordRectificationDocument = new TypedDocumentString(`
    mutation RecordRectification($input: RecordRectificationInput!) {
  recordRectification(input: $input) {
    rectification {
      id
      doneOn
    }
  }
}
    `) as unknown as TypedDocumentString<RecordRectificationMutation, RecordRectificationMutationVariables>;
export const ArchiveReviewDocument = new TypedDocumentString(`
    mutation ArchiveReview($input: ArchiveReviewInput!) {
  archiveReview(input: $input) {
    entry {
      contentHash
    }
  }
}
    `) as unknown as TypedDocumentString<ArchiveReviewMutation, ArchiveReviewMutationVariables>;
export const EstablishmentApplicationsDocument = new TypedDocumentString(`
    query EstablishmentApplications($first: Int, $after: String) {
  establishmentApplications(first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageFields
    }
    edges {
      cursor
      node {
        ...ApplicationRow
      }
    }
  }
}
    fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}
fragment ApplicationRow on EstablishmentApplication {
  id
  kind
  title
  reason
  submittedBy
  submittedAt
  unit {
    id
    name
  }
}`) as unknown as TypedDocumentString<EstablishmentApplicationsQuery, EstablishmentApplicationsQueryVariables>;
export const EstablishmentSuspensionDocument = new TypedDocumentString(`
    query EstablishmentSuspension {
  establishmentSuspension {
    unitId
    suspended
    reason
  }
}
    `) as unknown as TypedDocumentString<EstablishmentSuspensionQuery, EstablishmentSuspensionQueryVariables>;
export const ApplyForEstablishmentDocument = new TypedDocumentString(`
    mutation ApplyForEstablishment($input: ApplyForEstablishmentInput!) {
  applyForEstablishment(input: $input) {
    application {
      ...ApplicationRow
    }
  }
}
    fragment ApplicationRow on EstablishmentApplication {
  id
  kind
  title
  reason
  submittedBy
  submittedAt
  unit {
    id
    name
  }
}`) as unknown as TypedDocumentString<ApplyForEstablishmentMutation, ApplyForEstablishmentMutationVariables>;