import { saveDownload, uploadWithToken } from './index'

/**
 * Evidence files of evaluation (佐证材料): uploaded one by one for the caller's unit, then named by id in a progress
 * report, a self-assessment or a reply; downloaded with the token by those who may read them.
 */
export interface UploadedFile {
  id: string
  fileName: string
  sizeBytes: number
}

/** The largest evidence file the server keeps, and the extensions it accepts. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024
export const ACCEPTED_FILES = '.jpg,.jpeg,.png,.webp,.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx'

/** A file size for people: 980 B, 12.3 KB, 4.5 MB. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** Uploads an evidence file (佐证材料) for the caller's unit; its id is then named where the file is evidence. */
export async function uploadEvidence(file: File, onProgress: (sent: number, total: number) => void = () => undefined): Promise<UploadedFile> {
  const form = new FormData()
  form.append('file', file, file.name)
  return uploadWithToken<UploadedFile>('/api/evaluation/files', form, {}, onProgress)
}

export async function downloadEvidence(id: string, fileName: string): Promise<void> {
  await saveDownload(`/api/evaluation/files/${encodeURIComponent(id)}`, fileName)
}
