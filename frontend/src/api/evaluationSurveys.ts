import { api } from './index'
import { countedPage, type CountedPage } from './pagination'
import {
  AnswerQuestionnaireDocument,
  CloseQuestionnaireDocument,
  CreateQuestionnaireDocument,
  PublishQuestionnaireDocument,
  QuestionnaireDocument,
  QuestionnaireResultsDocument,
  QuestionnairesDocument,
  QuestionnairesToAnswerDocument,
  ShareQuestionnaireResultsDocument,
  UpdateQuestionnaireDocument,
  type AnswerQuestionnaireInput,
  type CreateQuestionnaireInput,
  type PublishQuestionnaireInput,
  type QuestionnaireDetailFragment,
  type QuestionnaireResultsQuery,
  type QuestionnaireRowFragment,
  type QuestionnaireStatus,
  type UpdateQuestionnaireInput,
} from './generated/graphql'

/** Questionnaires (满意度问卷): 编办 designs and publishes them, named respondents answer, results aggregate live. */
export type QuestionnaireRow = QuestionnaireRowFragment
export type QuestionnaireDetail = QuestionnaireDetailFragment
export type QuestionnaireResults = QuestionnaireResultsQuery['questionnaireResults']

export const PAGE_SIZE = 50

export interface QuestionnaireFilter {
  roundId: string | null
  unitId: string | null
  status: QuestionnaireStatus | null
}

export async function fetchQuestionnaires(filter: QuestionnaireFilter, after: string | null): Promise<CountedPage<QuestionnaireRow>> {
  const data = await api().execute(QuestionnairesDocument, { first: PAGE_SIZE, after, ...filter })
  return countedPage(data.questionnaires)
}

export async function fetchQuestionnairesToAnswer(): Promise<QuestionnaireDetail[]> {
  const data = await api().execute(QuestionnairesToAnswerDocument, {})
  return data.questionnairesToAnswer
}

export async function fetchQuestionnaire(id: string): Promise<QuestionnaireDetail> {
  const data = await api().execute(QuestionnaireDocument, { id })
  return data.questionnaire
}

export async function fetchQuestionnaireResults(id: string, targetUnitId: string | null = null): Promise<QuestionnaireResults> {
  const data = await api().execute(QuestionnaireResultsDocument, { id, targetUnitId })
  return data.questionnaireResults
}

export async function createQuestionnaire(input: CreateQuestionnaireInput): Promise<QuestionnaireDetail> {
  const data = await api().execute(CreateQuestionnaireDocument, { input })
  return data.createQuestionnaire.questionnaire
}

export async function updateQuestionnaire(input: UpdateQuestionnaireInput): Promise<QuestionnaireDetail> {
  const data = await api().execute(UpdateQuestionnaireDocument, { input })
  return data.updateQuestionnaire.questionnaire
}

export async function publishQuestionnaire(input: PublishQuestionnaireInput): Promise<QuestionnaireDetail> {
  const data = await api().execute(PublishQuestionnaireDocument, { input })
  return data.publishQuestionnaire.questionnaire
}

export async function closeQuestionnaire(id: string, version: number): Promise<QuestionnaireDetail> {
  const data = await api().execute(CloseQuestionnaireDocument, { input: { id, version } })
  return data.closeQuestionnaire.questionnaire
}

export async function shareQuestionnaireResults(id: string, version: number, shared: boolean): Promise<QuestionnaireDetail> {
  const data = await api().execute(ShareQuestionnaireResultsDocument, { input: { id, version, shared } })
  return data.shareQuestionnaireResults.questionnaire
}

export async function answerQuestionnaire(input: AnswerQuestionnaireInput): Promise<void> {
  await api().execute(AnswerQuestionnaireDocument, { input })
}
