import { ApiError, api } from './index'
import { countedPage, type CountedPage } from './pagination'
import {
  ActivateEvaluationSchemeDocument,
  CreateEvaluationSchemeDocument,
  EvaluationComputationsDocument,
  EvaluationSchemeDocument,
  EvaluationSchemesDocument,
  SaveEvaluationSchemeDocument,
  SupersedeEvaluationSchemeDocument,
  type EvaluationComputationsQuery,
  type EvaluationIndicatorInput,
  type EvaluationSchemeQuery,
  type SchemeIndicatorRowFragment,
  type SchemeRowFragment,
} from './generated/graphql'

/** Indicator schemes (评估标准). */
export type SchemeRow = SchemeRowFragment
export type SchemeDetail = EvaluationSchemeQuery['evaluationScheme']
export type SchemeIndicator = SchemeIndicatorRowFragment
export type SchemeComputation = EvaluationComputationsQuery['evaluationComputations'][number]
export type IndicatorInput = EvaluationIndicatorInput

export const PAGE_SIZE = 50

export async function fetchSchemes(year: number | null, after: string | null): Promise<CountedPage<SchemeRow>> {
  const data = await api().execute(EvaluationSchemesDocument, { year, first: PAGE_SIZE, after })
  return countedPage(data.evaluationSchemes)
}

export async function fetchScheme(id: string): Promise<SchemeDetail> {
  return (await api().execute(EvaluationSchemeDocument, { id })).evaluationScheme
}

export async function fetchComputations(): Promise<SchemeComputation[]> {
  return (await api().execute(EvaluationComputationsDocument)).evaluationComputations
}

export async function createScheme(name: string, year: number, previousSchemeId: string | null,
  indicators: IndicatorInput[]): Promise<SchemeRow> {
  const data = await api().execute(CreateEvaluationSchemeDocument, { input: { name, year, previousSchemeId, indicators } })
  return data.createEvaluationScheme.scheme
}

export async function saveScheme(id: string, version: number, name: string, previousSchemeId: string | null,
  indicators: IndicatorInput[]): Promise<SchemeRow> {
  const data = await api().execute(SaveEvaluationSchemeDocument, { input: { id, version, name, previousSchemeId, indicators } })
  return data.saveEvaluationScheme.scheme
}

export async function activateScheme(id: string, version: number): Promise<SchemeRow> {
  return (await api().execute(ActivateEvaluationSchemeDocument, { input: { id, version } })).activateEvaluationScheme.scheme
}

export async function newSchemeVersion(id: string): Promise<SchemeRow> {
  return (await api().execute(SupersedeEvaluationSchemeDocument, { input: { id } })).supersedeEvaluationScheme.scheme
}

/** One error of a refused scheme: the input path of its field and the message. */
export interface SchemeError {
  field: string
  message: string
}

/** Every error of a refused scheme (VALIDATION's extensions.errors), or the one error a VALIDATION names. */
export function schemeErrors(error: unknown): SchemeError[] {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION') return []
  const extensions = error.details as { errors?: unknown } | null | undefined
  if (extensions && Array.isArray(extensions.errors)) {
    return extensions.errors.filter((e): e is SchemeError => typeof e?.field === 'string' && typeof e?.message === 'string')
  }
  return [{ field: error.field ?? '', message: error.message }]
}
