import { api } from './index'
import { countedPage, type CountedPage } from './pagination'
import {
  DisputesDocument,
  EscalateDisputeDocument,
  RecordDisputeStepDocument,
  ResolveDisputeDocument,
  type DisputeFieldsFragment,
  type DisputeFilter,
  type EscalateDisputeInput,
  type RecordDisputeStepInput,
  type ResolveDisputeInput,
} from './generated/graphql'

/** Disputes (职责争议) and the acts on their coordination ladder. */
export type Dispute = DisputeFieldsFragment

export async function fetchDisputes(filter: DisputeFilter, after: string | null, first = 20): Promise<CountedPage<Dispute>> {
  const data = await api().execute(DisputesDocument, { filter, first, after })
  return countedPage(data.disputes)
}

export async function recordDisputeStep(input: RecordDisputeStepInput): Promise<Dispute> {
  return (await api().execute(RecordDisputeStepDocument, { input })).recordDisputeStep.dispute
}

export async function escalateDispute(input: EscalateDisputeInput): Promise<Dispute> {
  return (await api().execute(EscalateDisputeDocument, { input })).escalateDispute.dispute
}

export async function resolveDispute(input: ResolveDisputeInput): Promise<Dispute> {
  return (await api().execute(ResolveDisputeDocument, { input })).resolveDispute.dispute
}
