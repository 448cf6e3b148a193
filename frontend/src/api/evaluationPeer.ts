import { api } from './index'
import {
  AddPeerConflictDocument,
  GeneratePeerMatrixDocument,
  MyPeerTasksDocument,
  PeerAggregatesDocument,
  PeerAssessmentDocument,
  PeerConflictsDocument,
  PeerMatrixDocument,
  PeerRoundUnitsDocument,
  PeerRoundsDocument,
  RatePeerDocument,
  RemovePeerConflictDocument,
  SavePeerRulesDocument,
  SubmitPeerRatingsDocument,
  type GeneratePeerMatrixMutation,
  type MyPeerTasksQuery,
  type PeerAggregatesQuery,
  type PeerAssessmentRowFragment,
  type PeerConflictsQuery,
  type PeerMatrixQuery,
  type PeerRoundUnitsQuery,
  type PeerRoundsQuery,
  type PeerRuleInput,
  type PeerTaskRowFragment,
} from './generated/graphql'

/** Peer assessment (互评) of an evaluation round: rules, conflicts, the matrix, ratings and aggregates. */
export type PeerRound = PeerRoundsQuery['evaluationRounds']['edges'][number]['node']
export type PeerAssessment = PeerAssessmentRowFragment
export type PeerMatrix = PeerMatrixQuery['peerMatrix']
export type PeerAggregate = PeerAggregatesQuery['peerAggregates'][number]
export type MyPeerTasks = MyPeerTasksQuery['myPeerTasks']
export type PeerTask = PeerTaskRowFragment
export type PeerConflict = PeerConflictsQuery['peerConflicts'][number]
export type PeerRoundUnit = NonNullable<PeerRoundUnitsQuery['evaluationRound']>['units'][number]
export type PeerGenerated = GeneratePeerMatrixMutation['generatePeerMatrix']

export async function fetchPeerRounds(): Promise<PeerRound[]> {
  const data = await api().execute(PeerRoundsDocument, { first: 50, after: null })
  return data.evaluationRounds.edges.map((e) => e.node)
}

export async function fetchPeerAssessment(roundId: string): Promise<PeerAssessment> {
  return (await api().execute(PeerAssessmentDocument, { roundId })).peerAssessment
}

export async function fetchPeerMatrix(roundId: string): Promise<PeerMatrix> {
  return (await api().execute(PeerMatrixDocument, { roundId })).peerMatrix
}

export async function fetchPeerAggregates(roundId: string): Promise<PeerAggregate[]> {
  return (await api().execute(PeerAggregatesDocument, { roundId })).peerAggregates
}

export async function fetchMyPeerTasks(roundId: string): Promise<MyPeerTasks> {
  return (await api().execute(MyPeerTasksDocument, { roundId })).myPeerTasks
}

export async function fetchPeerConflicts(roundId: string): Promise<PeerConflict[]> {
  return (await api().execute(PeerConflictsDocument, { roundId })).peerConflicts
}

export async function fetchPeerRoundUnits(id: string): Promise<PeerRoundUnit[]> {
  return (await api().execute(PeerRoundUnitsDocument, { id })).evaluationRound.units
}

export async function savePeerRules(roundId: string, version: number | null, closesAt: string | null, trimFrom: number,
  rules: PeerRuleInput[]): Promise<PeerAssessment> {
  const data = await api().execute(SavePeerRulesDocument, { input: { roundId, version, closesAt, trimFrom, rules } })
  return data.savePeerRules.assessment
}

export async function generatePeerMatrix(roundId: string): Promise<PeerGenerated> {
  return (await api().execute(GeneratePeerMatrixDocument, { input: { roundId } })).generatePeerMatrix
}

export async function addPeerConflict(roundId: string, unitAId: string, unitBId: string, reason: string,
  wholeRegion: boolean): Promise<void> {
  await api().execute(AddPeerConflictDocument, { input: { roundId, unitAId, unitBId, reason, wholeRegion } })
}

export async function removePeerConflict(roundId: string, id: string): Promise<void> {
  await api().execute(RemovePeerConflictDocument, { input: { roundId, id } })
}

export async function ratePeer(roundId: string, targetUnitId: string, score: string, comment: string | null,
  version: number): Promise<PeerTask> {
  const data = await api().execute(RatePeerDocument, { input: { roundId, targetUnitId, score, comment, version } })
  return data.ratePeer.task
}

export async function submitPeerRatings(roundId: string): Promise<void> {
  await api().execute(SubmitPeerRatingsDocument, { input: { roundId } })
}
