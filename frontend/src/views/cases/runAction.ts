import { ElMessage } from 'element-plus'
import type { Ref } from 'vue'
import { describeError } from '@/api/errorText'

/** The translate function of the case pages: a key, and the values its text names. */
type Translate = (key: string, values?: Record<string, unknown>) => string

/**
 * Runs an action of the case pages while {@code busy}, says it is done and reloads; a refusal shows the server's
 * reason. True when it went through.
 */
export async function runCaseAction(busy: Ref<boolean>, t: Translate, label: string, work: () => Promise<void>,
  reload: () => Promise<void>): Promise<boolean> {
  busy.value = true
  try {
    await work()
    ElMessage.success(t('cases.dialog.done', { action: label }))
    await reload()
    return true
  } catch (e) {
    ElMessage.error(describeError(e, (key) => t(key)))
    return false
  } finally {
    busy.value = false
  }
}
