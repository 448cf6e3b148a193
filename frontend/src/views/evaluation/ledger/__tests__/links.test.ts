import { describe, expect, it } from 'vitest'
import { ListKind, ProblemSource } from '@/api/generated/graphql'
import { linkRows, sourceTarget, type LinkedItem } from '../links'

const base: LinkedItem = { unitId: '10', roundId: '7', roundName: '2026年度评估', source: { kind: ProblemSource.OTHER } }

describe('ledger 关联对象 rows', () => {
  it('links the round, and says so when the item has none', () => {
    expect(linkRows(base)[0]).toEqual({ key: 'round', text: '2026年度评估', to: { name: 'evaluation-round', params: { id: '7' } } })
    expect(linkRows({ ...base, roundId: null, roundName: null })[0]).toEqual({
      key: 'round', text: '', label: 'evaluationLedger.links.noRound', to: null,
    })
  })

  it('links the goal, list item, case and duty it concerns, in order, and only those present', () => {
    const rows = linkRows({
      ...base,
      goal: { id: '3', year: 2026, title: '噪声投诉办结率' },
      indicator: { code: 'B2', name: '干部队伍建设' },
      listItem: { id: '4', kind: ListKind.BOUNDARY, code: 'BJ-1', name: '建筑工地噪声监管' },
      case: { id: '5', code: 'EVT-1', title: '工地夜间施工' },
      duty: { id: '6', unitId: '10', text: '负责噪声污染防治' },
    })
    expect(rows.map((r) => r.key)).toEqual(['round', 'goal', 'indicator', 'listItem', 'case', 'duty', 'source'])
    expect(rows[1]?.to).toEqual({ name: 'evaluation-goals', query: { goalId: '3', year: '2026' } })
    expect(rows[2]?.to).toBeNull()
    expect(rows[3]).toMatchObject({ label: 'enums.ListKind.BOUNDARY', to: { name: 'list-item', params: { id: '4' } } })
    expect(rows[4]).toMatchObject({ text: 'EVT-1 工地夜间施工', to: { name: 'case', params: { id: '5' } } })
    expect(rows[5]?.to).toEqual({ name: 'mandate', params: { unitId: '10' } })
    expect(linkRows(base).map((r) => r.key)).toEqual(['round', 'source'])
  })

  it('opens each source on its page', () => {
    const at = (kind: ProblemSource, more: Partial<LinkedItem> = {}) => sourceTarget({ ...base, ...more, source: { kind, id: '9', formId: '8' } })
    expect(at(ProblemSource.FORM_REVIEW)).toEqual({ name: 'evaluation-form', params: { id: '8' } })
    expect(at(ProblemSource.SYMPOSIUM)).toEqual({ name: 'evaluation-fieldwork-unit', params: { roundId: '7', unitId: '10' } })
    expect(at(ProblemSource.INQUIRY, { roundId: null })).toBeNull()
    expect(at(ProblemSource.SCORE)).toEqual({ name: 'evaluation-unit-result', params: { roundId: '7', unitId: '10' } })
    expect(at(ProblemSource.THREE_DEFINITIONS)).toEqual({ name: 'evaluation-sanding' })
    expect(at(ProblemSource.TRACKING)).toEqual({ name: 'tracking' })
    expect(at(ProblemSource.OTHER)).toBeNull()
  })
})
