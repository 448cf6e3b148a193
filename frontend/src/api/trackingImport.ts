import { saveDownload, type UploadProgress } from './index'
import { uploadSheet } from './sheetUpload'

/** What an import of establishment matters did (机构编制事项导入). */
export interface MatterImportResult {
  created: number
  updated: number
  unchanged: number
}

/** Imports establishment matters from .xlsx; all or nothing (a refused sheet rejects with its bad cells). */
export async function uploadMatterSheet(file: File, onProgress: UploadProgress): Promise<MatterImportResult> {
  return uploadSheet<MatterImportResult>('/api/tracking/matters/import', file, onProgress)
}

/** The import template: the header row of the matter sheet. */
export async function downloadMatterTemplate(): Promise<void> {
  await saveDownload('/api/tracking/matters/export?template=true', '机构编制事项导入模板.xlsx')
}

/** The matters the user sees, as the sheet the import reads back. */
export async function exportMatters(): Promise<void> {
  await saveDownload('/api/tracking/matters/export', '机构编制事项.xlsx')
}
