import { api } from './index'
import {
  EscalationSettingsDocument,
  RemoveEscalationRuleDocument,
  SaveEscalationRuleDocument,
  type EscalationRuleFieldsFragment,
  type EscalationSettingsQuery,
  type SaveEscalationRuleInput,
} from './generated/graphql'

/** 催督办规则: when the system warns, urges and escalates a late hop, per district and case category. */
export type EscalationSettings = EscalationSettingsQuery['escalationSettings']
export type EscalationRule = EscalationRuleFieldsFragment

export async function fetchEscalationSettings(): Promise<EscalationSettings> {
  const data = await api().execute(EscalationSettingsDocument, {})
  return data.escalationSettings
}

export async function saveEscalationRule(input: SaveEscalationRuleInput): Promise<EscalationRule> {
  const data = await api().execute(SaveEscalationRuleDocument, { input })
  return data.saveEscalationRule.rule
}

export async function removeEscalationRule(id: string, version: number): Promise<void> {
  await api().execute(RemoveEscalationRuleDocument, { input: { id, version } })
}
