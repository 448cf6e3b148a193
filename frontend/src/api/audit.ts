import { api, saveDownload } from './index'
import { countedPage, type CountedPage } from './pagination'
import {
  AuditChainCheckDocument,
  AuditEntityTypesDocument,
  AuditHistoryDocument,
  type AuditChainCheckQuery,
  type AuditEntryFieldsFragment,
} from './generated/graphql'

/** The audit trail (审计追溯): the chain check, any entity's history, and a case's evidence pack (证据包). */
export type AuditEntry = AuditEntryFieldsFragment
export type AuditChainCheck = AuditChainCheckQuery['auditIntegrity']

export async function checkAuditChain(): Promise<AuditChainCheck> {
  return (await api().execute(AuditChainCheckDocument, {})).auditIntegrity
}

export async function fetchAuditHistory(entityType: string, entityId: string, after: string | null, first = 20): Promise<CountedPage<AuditEntry>> {
  return countedPage((await api().execute(AuditHistoryDocument, { entityType, entityId, first, after })).auditHistory)
}

export async function fetchAuditEntityTypes(): Promise<string[]> {
  return (await api().execute(AuditEntityTypesDocument, {})).auditEntityTypes
}

/** The evidence pack of a case with an unsatisfied rating: a ZIP of the document, the photos and their hashes. */
export async function downloadEvidencePack(caseId: string): Promise<void> {
  await saveDownload(`/api/cases/${encodeURIComponent(caseId)}/evidence-pack`, 'evidence-pack.zip')
}
