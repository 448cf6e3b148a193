import { api, saveDownload } from './index'
import { countedPage, type CountedPage } from './pagination'
import {
  AdvanceRoundStepDocument,
  CreateEstablishmentMatterDocument,
  EstablishmentMattersDocument,
  PlanTrackingRoundDocument,
  RankingOfKindDocument,
  TrackingRoundDocument,
  TrackingRoundsDocument,
  type CreateEstablishmentMatterInput,
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

/** The URL of a review's feedback letter (问效反馈函, PDF). */
export function feedbackUrl(reviewId: string): string {
  return `/api/tracking/reviews/${encodeURIComponent(reviewId)}/feedback.pdf`
}

/** Downloads a review's feedback letter as PDF. */
export async function downloadFeedback(reviewId: string): Promise<void> {
  await saveDownload(feedbackUrl(reviewId), `feedback-${reviewId}.pdf`)
}
