import { api } from './index'
import { countedPage, type CountedPage } from './pagination'
import {
  EvaluationFormDocument,
  EvaluationFormsDocument,
  ReviewEvaluationFormDocument,
  SaveEvaluationFormDocument,
  SubmitEvaluationFormDraftDocument,
  type EvaluationFormDetailFragment,
  type EvaluationFormListRowFragment,
  type ReviewEvaluationFormInput,
  type SaveEvaluationFormInput,
  type SubmissionForm,
  type SubmissionStatus,
} from './generated/graphql'

/** The “1+3” forms of a round (“1+3”报表). */
export type FormListRow = EvaluationFormListRowFragment
export type FormDetail = EvaluationFormDetailFragment

export const PAGE_SIZE = 50

export interface FormFilter {
  form: SubmissionForm | null
  status: SubmissionStatus | null
}

export async function fetchForms(roundId: string, filter: FormFilter, after: string | null): Promise<CountedPage<FormListRow>> {
  const data = await api().execute(EvaluationFormsDocument, { roundId, form: filter.form, status: filter.status, first: PAGE_SIZE, after })
  return countedPage(data.evaluationForms)
}

export async function fetchForm(id: string): Promise<FormDetail> {
  const data = await api().execute(EvaluationFormDocument, { id })
  return data.evaluationForm
}

export async function saveForm(input: SaveEvaluationFormInput): Promise<FormDetail> {
  const data = await api().execute(SaveEvaluationFormDocument, { input })
  return data.saveEvaluationForm.form
}

export async function submitForm(submissionId: string, version: number): Promise<FormDetail> {
  const data = await api().execute(SubmitEvaluationFormDraftDocument, { input: { submissionId, version } })
  return data.submitEvaluationFormDraft.form
}

export interface Reviewed {
  form: FormDetail
  problemIds: string[]
  listChangeIds: string[]
}

export async function reviewForm(input: ReviewEvaluationFormInput): Promise<Reviewed> {
  const data = await api().execute(ReviewEvaluationFormDocument, { input })
  return data.reviewEvaluationForm
}
