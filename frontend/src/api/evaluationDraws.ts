import { api } from './index'
import { countedPage, type CountedPage } from './pagination'
import {
  CancelEvaluationDrawDocument,
  CreateEvaluationDrawDocument,
  DrawInspectorsDocument,
  DrawRoundCategoriesDocument,
  EvaluationDrawDocument,
  EvaluationDrawsDocument,
  FreezeEvaluationDrawDocument,
  RunEvaluationDrawDocument,
  SaveDrawInspectorDocument,
  SeedEvaluationDrawDocument,
  VerifyDrawDocument,
  type CreateEvaluationDrawInput,
  type EvaluationCategory,
  type DrawInspectorRowFragment,
  type EvaluationDrawDetailFragment,
  type EvaluationDrawRowFragment,
  type SaveDrawInspectorInput,
  type VerifyDrawQuery,
} from './generated/graphql'

/** 双随机 draws of a round and the inspector register (察访人员库). */
export type DrawRow = EvaluationDrawRowFragment
export type DrawDetail = EvaluationDrawDetailFragment
export type InspectorRow = DrawInspectorRowFragment
export type Verification = VerifyDrawQuery['verifyDraw']
export type VerifyStep = Verification['steps'][number]

export const PAGE_SIZE = 50

export async function fetchDraws(roundId: string, after: string | null): Promise<CountedPage<DrawRow>> {
  const data = await api().execute(EvaluationDrawsDocument, { roundId, first: PAGE_SIZE, after })
  return countedPage(data.evaluationDraws)
}

export async function fetchDraw(id: string): Promise<DrawDetail> {
  return (await api().execute(EvaluationDrawDocument, { id })).evaluationDraw
}

export async function verifyDraw(id: string): Promise<Verification> {
  return (await api().execute(VerifyDrawDocument, { id })).verifyDraw
}

export async function fetchInspectors(after: string | null): Promise<CountedPage<InspectorRow>> {
  const data = await api().execute(DrawInspectorsDocument, { first: PAGE_SIZE, after })
  return countedPage(data.drawInspectors)
}

export async function createDraw(input: CreateEvaluationDrawInput): Promise<DrawRow> {
  return (await api().execute(CreateEvaluationDrawDocument, { input })).createEvaluationDraw.draw
}

export async function freezeDraw(draw: DrawRow): Promise<DrawRow> {
  const input = { drawId: draw.id, version: draw.version }
  return (await api().execute(FreezeEvaluationDrawDocument, { input })).freezeEvaluationDraw.draw
}

/** Fixes the seed: the text entered, or one the server generates when seed is null. */
export async function seedDraw(draw: DrawRow, seed: string | null): Promise<DrawRow> {
  const input = seed ? { drawId: draw.id, version: draw.version, seed } : { drawId: draw.id, version: draw.version, generate: true }
  return (await api().execute(SeedEvaluationDrawDocument, { input })).seedEvaluationDraw.draw
}

export async function runDraw(draw: DrawRow): Promise<DrawRow> {
  const input = { drawId: draw.id, version: draw.version }
  return (await api().execute(RunEvaluationDrawDocument, { input })).runEvaluationDraw.draw
}

export async function cancelDraw(draw: DrawRow, reason: string): Promise<DrawRow> {
  const input = { drawId: draw.id, version: draw.version, reason }
  return (await api().execute(CancelEvaluationDrawDocument, { input })).cancelEvaluationDraw.draw
}

export async function saveInspector(input: SaveDrawInspectorInput): Promise<InspectorRow> {
  return (await api().execute(SaveDrawInspectorDocument, { input })).saveDrawInspector.inspector
}

/** The evaluation categories of a round's units, each once: the strata a draw may use. */
export async function fetchRoundCategories(roundId: string): Promise<EvaluationCategory[]> {
  const data = await api().execute(DrawRoundCategoriesDocument, { id: roundId })
  return [...new Set(data.evaluationRound.units.map((u) => u.category))]
}
