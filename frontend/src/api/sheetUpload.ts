import { ApiError } from './client'
import { uploadWithToken, type UploadProgress } from './index'

/** The largest sheet the server accepts (5 MB). */
export const MAX_SHEET_BYTES = 5 * 1024 * 1024

/** One bad cell of an uploaded sheet: the row as Excel numbers it, the column's header (null: the whole row). */
export interface SheetCellError {
  row: number | null
  column: string | null
  message: string
}

/** Why a chosen file cannot be uploaded, before sending it; null when it can. */
export function sheetFileProblem(file: { name: string; size: number }): 'onlyXlsx' | 'tooLarge' | 'empty' | null {
  if (!file.name.toLowerCase().endsWith('.xlsx')) return 'onlyXlsx'
  if (file.size === 0) return 'empty'
  if (file.size > MAX_SHEET_BYTES) return 'tooLarge'
  return null
}

/**
 * The bad cells a refused upload lists (400 VALIDATION, one error per cell with `row` and `column`); empty when the
 * error is about the file as a whole or is not a sheet's.
 */
export function cellErrorsOf(error: unknown): SheetCellError[] {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION') return []
  const details = error.details as { errors?: unknown } | null | undefined
  if (!details || !Array.isArray(details.errors)) return []
  const cells: SheetCellError[] = []
  for (const raw of details.errors as unknown[]) {
    if (typeof raw !== 'object' || raw === null) continue
    const e = raw as { row?: unknown; column?: unknown; message?: unknown }
    if (typeof e.row !== 'number' || typeof e.message !== 'string') continue
    cells.push({ row: e.row, column: typeof e.column === 'string' ? e.column : null, message: e.message })
  }
  return cells
}

/** The summary line of a refused sheet ("发现 N 处错误…"), when the server sent one. */
export function sheetErrorSummary(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null
  const details = error.details as { message?: unknown } | null | undefined
  return details && typeof details.message === 'string' ? details.message : null
}

/** Posts a sheet as the multipart part `file`. */
export async function uploadSheet<T>(url: string, file: File, onProgress: UploadProgress): Promise<T> {
  const form = new FormData()
  form.append('file', file, file.name)
  return uploadWithToken<T>(url, form, {}, onProgress)
}
