import { api, saveDownload } from './index'
import { countedPage, type CountedPage } from './pagination'
import {
  AdvanceRoundStepDocument,
  ApplyForEstablishmentDocument,
  ArchiveReviewDocument,
  ChangeRoundScopeDocument,
  CreateEstablishmentMatterDocument,
  EstablishmentApplicationsDocument,
  EstablishmentMattersDocument,
  EstablishmentSuspensionDocument,
  PlanTrackingRoundDocument,
  RankingOfKindDocument,
  RecordRectificationDocument,
  RequireRectificationDocument,
  SaveTrackingTemplateDocument,
  ScoreMatterDocument,
  SubmitSelfCheckDocument,
  TrackingRoundDocument,
  TrackingRoundsDocument,
  TrackingTemplatesDocument,
  UpdateEstablishmentMatterDocument,
  type ApplicationRowFragment,
  type ApplyForEstablishmentInput,
  type CreateEstablishmentMatterInput,
  type IndicatorScoreInput,
  type TemplateRowFragment,
  type TrackingIndicatorInput,
  type UpdateEstablishmentMatterInput,
  type MatterKind,
  type MatterRowFragment,
  type RankingOfKindQuery,
  type RoundRowFragment,
  type TrackingRoundQuery,
  type TrackingStep,
} from './generated/graphql'

/** Follow-up of establishment decisions (跟踪问效). */
export type MatterRow = MatterRowFragment
export type RoundRow = RoundRowFragment
export type RoundDetail = TrackingRoundQuery['trackingRound']
export type RoundMatter = RoundDetail['matters'][number]
export type TemplateRow = TemplateRowFragment
export type ApplicationRow = ApplicationRowFragment
export type Indicator = RoundMatter['indicators'][number]
export type Rectification = RoundMatter['rectifications'][number]
export type RankingRow = RankingOfKindQuery['rankingOfKind'][number]

export const PAGE_SIZE = 50

export async function fetchMatters(after: string | null): Promise<CountedPage<MatterRow>> {
  const data = await api().execute(EstablishmentMattersDocument, { first: PAGE_SIZE, after })
  return countedPage(data.establishmentMatters)
}

export async function fetchRounds(after: string | null): Promise<CountedPage<RoundRow>> {
  const data = await api().execute(TrackingRoundsDocument, { first: PAGE_SIZE, after })
  return countedPage(data.trackingRounds)
}

export async function fetchRound(id: string): Promise<RoundDetail> {
  const data = await api().execute(TrackingRoundDocument, { id })
  return data.trackingRound
}

export async function fetchRanking(roundId: string, kind: MatterKind): Promise<RankingRow[]> {
  const data = await api().execute(RankingOfKindDocument, { roundId, kind })
  return data.rankingOfKind
}

export async function advanceStep(roundId: string, version: number, step: TrackingStep): Promise<RoundRow> {
  const data = await api().execute(AdvanceRoundStepDocument, { input: { roundId, version, step } })
  return data.advanceRoundStep.round
}

export async function planRound(name: string, planDate: string): Promise<RoundRow> {
  const data = await api().execute(PlanTrackingRoundDocument, { input: { name, planDate } })
  return data.planTrackingRound.round
}

export async function createMatter(input: CreateEstablishmentMatterInput): Promise<MatterRow> {
  const data = await api().execute(CreateEstablishmentMatterDocument, { input })
  return data.createEstablishmentMatter.matter
}

export async function updateMatter(input: UpdateEstablishmentMatterInput): Promise<MatterRow> {
  const data = await api().execute(UpdateEstablishmentMatterDocument, { input })
  return data.updateEstablishmentMatter.matter
}

export async function fetchTemplates(): Promise<TemplateRow[]> {
  const data = await api().execute(TrackingTemplatesDocument, {})
  return data.trackingTemplates
}

export async function saveTemplate(kind: MatterKind, version: number, indicators: TrackingIndicatorInput[]): Promise<TemplateRow> {
  const data = await api().execute(SaveTrackingTemplateDocument, { input: { kind, version, indicators } })
  return data.saveTrackingTemplate.template
}

/** 编办 adds (include) or drops a matter of a round, with a reason. */
export async function changeScope(roundId: string, matterId: string, include: boolean, reason: string): Promise<void> {
  await api().execute(ChangeRoundScopeDocument, { input: { roundId, matterId, include, reason } })
}

export async function submitSelfCheck(roundId: string, matterId: string, text: string): Promise<void> {
  await api().execute(SubmitSelfCheckDocument, { input: { roundId, matterId, text } })
}

/** Scores the indicators; returns the normalised result the server computed (null while incomplete). */
export async function scoreMatter(roundId: string, matterId: string, scores: IndicatorScoreInput[]): Promise<string | null> {
  const data = await api().execute(ScoreMatterDocument, { input: { roundId, matterId, scores } })
  return data.scoreMatter.result ?? null
}

export async function requireRectification(roundId: string, matterId: string, requirement: string, deadline: string): Promise<void> {
  await api().execute(RequireRectificationDocument, { input: { roundId, matterId, requirement, deadline } })
}

export async function recordRectification(id: string, version: number, doneOn: string | null, note: string | null): Promise<void> {
  await api().execute(RecordRectificationDocument, { input: { id, version, doneOn, note } })
}

export async function archiveReview(roundId: string, matterId: string): Promise<string> {
  const data = await api().execute(ArchiveReviewDocument, { input: { roundId, matterId } })
  return data.archiveReview.entry.contentHash
}

export async function fetchApplications(after: string | null): Promise<CountedPage<ApplicationRow>> {
  const data = await api().execute(EstablishmentApplicationsDocument, { first: PAGE_SIZE, after })
  return countedPage(data.establishmentApplications)
}

/** Why the caller's unit may not apply now (an overdue rectification), or null. */
export async function fetchSuspension(): Promise<string | null> {
  const data = await api().execute(EstablishmentSuspensionDocument, {})
  return data.establishmentSuspension.suspended ? (data.establishmentSuspension.reason ?? '') : null
}

export async function applyForEstablishment(input: ApplyForEstablishmentInput): Promise<ApplicationRow> {
  const data = await api().execute(ApplyForEstablishmentDocument, { input })
  return data.applyForEstablishment.application
}

/** The URL of a review's feedback letter (问效反馈函, PDF). */
export function feedbackUrl(reviewId: string): string {
  return `/api/tracking/reviews/${encodeURIComponent(reviewId)}/feedback.pdf`
}

/** Downloads a review's feedback letter as PDF. */
export async function downloadFeedback(reviewId: string): Promise<void> {
  await saveDownload(feedbackUrl(reviewId), `feedback-${reviewId}.pdf`)
}
