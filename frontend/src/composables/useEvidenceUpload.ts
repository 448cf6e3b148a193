import { ElMessage } from 'element-plus'
import { ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { describeError } from '@/api/errorText'
import { MAX_FILE_BYTES, uploadEvidence, type UploadedFile } from '@/api/evaluationFiles'

/**
 * Uploads the evidence files (佐证材料) picked in an `<input type="file">`, one by one: a file over the server's limit
 * is skipped with the warning `tooLarge` words, each stored one joins `files` at once (a refusal part-way keeps those
 * before it), and a refusal is shown as the server words it.
 */
export function useEvidenceUpload(files: Ref<UploadedFile[]>, tooLarge: (name: string) => string):
  { uploading: Ref<boolean>; pick: (event: Event) => Promise<void> } {
  const { t } = useI18n()
  const uploading = ref(false)
  async function pick(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement
    const chosen = Array.from(input.files ?? [])
    input.value = ''
    uploading.value = true
    try {
      for (const file of chosen) {
        if (file.size > MAX_FILE_BYTES) {
          ElMessage.warning(tooLarge(file.name))
          continue
        }
        const stored = await uploadEvidence(file)
        files.value = [...files.value, stored]
      }
    } catch (e) {
      ElMessage.error(describeError(e, t))
    } finally {
      uploading.value = false
    }
  }
  return { uploading, pick }
}
