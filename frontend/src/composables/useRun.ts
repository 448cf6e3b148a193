import { ElMessage } from 'element-plus'
import { ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { describeError } from '@/api/errorText'

/**
 * Runs one write of a review at a time: a busy flag for the buttons, the success message, a `changed` callback so the
 * page reloads, the server's refusal shown as it is.
 */
export function useRun(changed: () => void): { working: Ref<boolean>; run: (action: () => Promise<unknown>, done: string) => Promise<void> } {
  const { t } = useI18n()
  const working = ref(false)
  async function run(action: () => Promise<unknown>, done: string): Promise<void> {
    working.value = true
    try {
      await action()
      ElMessage.success(done)
      changed()
    } catch (e) {
      ElMessage.error(describeError(e, t))
    } finally {
      working.value = false
    }
  }
  return { working, run }
}
