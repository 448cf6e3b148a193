import { api } from './index'
import { countedPage, type CountedPage } from './pagination'
import {
  ConcludeInvestigationDocument,
  InvestigationsDocument,
  OpenInvestigationDocument,
  RecordInvestigationFindingDocument,
  UnsatisfiedRatingsDocument,
  type ConcludeInvestigationInput,
  type InvestigationFieldsFragment,
  type InvestigationFilter,
  type OpenInvestigationInput,
  type RecordInvestigationFindingInput,
  type UnsatisfiedRatingsQuery,
} from './generated/graphql'

/** Investigations (责任倒查) of 不满意 ratings, for the discipline office and the organisation department. */
export type Investigation = InvestigationFieldsFragment
export type UnsatisfiedRating = UnsatisfiedRatingsQuery['unsatisfiedRatings']['edges'][number]['node']

export async function fetchUnsatisfiedRatings(after: string | null, first = 20): Promise<CountedPage<UnsatisfiedRating>> {
  return countedPage((await api().execute(UnsatisfiedRatingsDocument, { first, after })).unsatisfiedRatings)
}

export async function fetchInvestigations(
  filter: InvestigationFilter,
  after: string | null,
  first = 20,
): Promise<CountedPage<Investigation>> {
  return countedPage((await api().execute(InvestigationsDocument, { filter, first, after })).investigations)
}

export async function openInvestigation(input: OpenInvestigationInput): Promise<Investigation> {
  return (await api().execute(OpenInvestigationDocument, { input })).openInvestigation.investigation
}

export async function recordInvestigationFinding(input: RecordInvestigationFindingInput): Promise<Investigation> {
  return (await api().execute(RecordInvestigationFindingDocument, { input })).recordInvestigationFinding.investigation
}

export async function concludeInvestigation(input: ConcludeInvestigationInput): Promise<Investigation> {
  return (await api().execute(ConcludeInvestigationDocument, { input })).concludeInvestigation.investigation
}
