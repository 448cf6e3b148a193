import { api, saveDownload, uploadWithToken, type UploadProgress } from './index'
import { ImportStatus, ListImportDocument, type ListImportQuery, type ListKind } from './generated/graphql'

export type ListImport = ListImportQuery['listImport']

/** What the upload answers once every row has been checked. */
export interface ImportReceipt {
  id: number
  status: ImportStatus
  totalRows: number
  errorCount: number
  message: string | null
}

/** Uploads a sheet for import; a retry with the same key returns the first import instead of importing twice. */
export async function uploadListImport(kind: ListKind, file: File, idempotencyKey: string,
  onProgress: UploadProgress): Promise<ImportReceipt> {
  const form = new FormData()
  form.append('file', file, file.name)
  return uploadWithToken<ImportReceipt>(`/api/lists/imports?kind=${encodeURIComponent(kind)}`, form,
    { 'Idempotency-Key': idempotencyKey }, onProgress)
}

export async function fetchListImport(id: string, errors = 200): Promise<ListImport> {
  const data = await api().execute(ListImportDocument, { id, errors })
  return data.listImport
}

/** Every error of an import as a sheet (行号, 列, 错误原因). */
export async function downloadImportErrors(id: string): Promise<void> {
  await saveDownload(`/api/lists/imports/${encodeURIComponent(id)}/errors`, `lvzhi-import-${id}-errors.xlsx`)
}

/** The empty sheet of a list, with its headers: what an import expects. */
export async function downloadImportTemplate(kind: ListKind): Promise<void> {
  await saveDownload(`/api/lists/export?kind=${encodeURIComponent(kind)}&template=true`,
    `lvzhi-${kind.toLowerCase()}-template.xlsx`)
}

/** The stages an import goes through, as the progress bar shows them. */
export type ImportPhase = 'uploading' | 'checking' | 'writing' | 'done' | 'failed'

/**
 * One bar for the whole import: sending the file fills the first 30 %, checking every row the next 10 %, writing
 * the rows the rest in proportion to the rows written.
 */
export function importPercent(phase: ImportPhase, sent: number, total: number): number {
  const part = total > 0 ? Math.min(1, Math.max(0, sent / total)) : 0
  switch (phase) {
    case 'uploading':
      return Math.floor(part * 30)
    case 'checking':
      return 35
    case 'writing':
      return 40 + Math.floor(part * 60)
    case 'done':
    case 'failed':
      return 100
  }
}

export function importPhaseOf(status: ImportStatus): ImportPhase {
  return status === ImportStatus.IMPORTING ? 'writing' : status === ImportStatus.SUCCEEDED ? 'done' : 'failed'
}
