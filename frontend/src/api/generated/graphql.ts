/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export const BoundaryScope = {
  COUNTY_TOWNSHIP: 'COUNTY_TOWNSHIP',
  INTER_DEPARTMENT: 'INTER_DEPARTMENT',
  INTER_OFFICE: 'INTER_OFFICE'
} as const;

export type BoundaryScope = typeof BoundaryScope[keyof typeof BoundaryScope];
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
export type DecideListChangeInput = {
  /** true approves (and publishes a new version), false rejects */
  approve: boolean;
  changeId: string;
  /** Required when rejecting (驳回理由) */
  reason?: string | null | undefined;
};

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

export const ImportStatus = {
  FAILED: 'FAILED',
  IMPORTING: 'IMPORTING',
  SUCCEEDED: 'SUCCEEDED'
} as const;

export type ImportStatus = typeof ImportStatus[keyof typeof ImportStatus];
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
export type PartyInput = {
  responsibility?: string | null | undefined;
  unitCode?: string | null | undefined;
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
export type ProposeListChangeInput = {
  /** CHANGE/RETIRE: the published version the proposal is based on; a stale one is a CONFLICT */
  baseVersion?: number | null | undefined;
  changeType: ChangeType;
  /** Idempotency key: a retried submission with the same key returns the first result */
  clientKey?: string | null | undefined;
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

export type RecordInspectionInput = {
  /** Day of the inspection, not in the future (ISO-8601) */
  date: string;
  /** The department's own published 行政检查 power item */
  itemId: string;
  note?: string | null | undefined;
  /** Number of inspected objects (检查对象数), at least 1 */
  objectCount: number;
};

export type RemoveDutyInput = {
  id: string;
  version: number;
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
  /** Idempotency key chosen by the phone or client; a retry returns the first case */
  clientKey?: string | null | undefined;
  /** ISO-8601 */
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

export type TerritorialInput = {
  custom: boolean;
  leadResponsibility?: string | null | undefined;
  townshipResponsibility?: string | null | undefined;
};

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
export type VillageInput = {
  kind?: VillageKind | null | undefined;
  task?: string | null | undefined;
};

export const VillageKind = {
  ASSISTING: 'ASSISTING',
  STATUTORY: 'STATUTORY'
} as const;

export type VillageKind = typeof VillageKind[keyof typeof VillageKind];
export type ReportCaseMutationVariables = Exact<{
  input: ReportCaseInput;
}>;


export type ReportCaseMutation = { reportCase: { case: { id: string, code: string, status: CaseStatus } } };

export type MyCasesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyCasesQuery = { cases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string, title: string, address: string, status: CaseStatus, reportedAt: string } }> } };

export type CaseCategoriesQueryVariables = Exact<{
  filter: ListItemFilter;
}>;


export type CaseCategoriesQuery = { listItems: { edges: Array<{ node: { id: string, code: string, name: string } }> } };

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


export type MeQuery = { me: { subject: string, username: string | null, displayName: string, system: boolean, roles: Array<Role>, unit: { id: string, code: string, name: string, kind: UnitKind, level: UnitLevel, category: UnitCategory | null, creditCode: string | null, parentId: string | null, depth: number, childCount: number } } };

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

export type StatisticsGroupFieldsFragment = { key: string, label: string, cases: number, dispatches: number, closed: number, replied: number, onTime: number, ratings: number, satisfied: number, basicallySatisfied: number, unsatisfied: number, satisfactionRate: number | null, onTimeRate: number | null, ranked: boolean, rank: number | null };

export type CaseStatisticsQueryVariables = Exact<{
  input: CaseStatisticsInput;
}>;


export type CaseStatisticsQuery = { caseStatistics: { groupBy: StatisticsGroupBy, minSample: number, groups: Array<{ key: string, label: string, cases: number, dispatches: number, closed: number, replied: number, onTime: number, ratings: number, satisfied: number, basicallySatisfied: number, unsatisfied: number, satisfactionRate: number | null, onTimeRate: number | null, ranked: boolean, rank: number | null }>, totals: { key: string, label: string, cases: number, dispatches: number, closed: number, replied: number, onTime: number, ratings: number, satisfied: number, basicallySatisfied: number, unsatisfied: number, satisfactionRate: number | null, onTimeRate: number | null, ranked: boolean, rank: number | null } } };

export type CaseBoardQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseBoardQuery = { caseBoard: { snapshotAt: string, overdueDispatches: number, awaitingAcceptance: number, disputed: number, newToday: number, closedToday: number, openByStatus: Array<{ status: CaseStatus, count: number }> } };

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
}
    `, {"fragmentName":"StatisticsGroupFields"}) as unknown as TypedDocumentString<StatisticsGroupFieldsFragment, unknown>;
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
  cases(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
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
    `) as unknown as TypedDocumentString<MyCasesQuery, MyCasesQueryVariables>;
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
      hasNextPage
      endCursor
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
      hasNextPage
      endCursor
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
      hasNextPage
      endCursor
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
        hasNextPage
        endCursor
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
      hasNextPage
      endCursor
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
    `) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]) {
  markNotificationsRead(input: {ids: $ids}) {
    marked
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const UnitsDocument = new TypedDocumentString(`
    query Units($filter: UnitFilter, $first: Int!, $after: String) {
  units(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
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