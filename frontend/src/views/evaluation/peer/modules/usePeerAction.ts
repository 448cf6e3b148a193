import { ElMessage } from 'element-plus'
import { ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { describeError } from '@/api/errorText'
import { confirmed } from '@/utils/confirm'

/**
 * One write of the peer pages at a time: asks first when the write is consequential, keeps a busy flag for the
 * buttons, shows the success message or the server's refusal as it is. Resolves true when the write went through.
 */
export function usePeerAction(): { working: Ref<boolean>; act: (action: () => Promise<unknown>, done: string | (() => string),
  ask?: string) => Promise<boolean> } {
  const { t } = useI18n()
  const working = ref(false)
  async function act(action: () => Promise<unknown>, done: string | (() => string), ask?: string): Promise<boolean> {
    if (ask && !(await confirmed(ask, t('evaluationPeer.confirmTitle'), t('evaluationPeer.confirm'), t('evaluationPeer.cancel')))) {
      return false
    }
    working.value = true
    try {
      await action()
      ElMessage.success(typeof done === 'string' ? done : done())
      return true
    } catch (e) {
      ElMessage.error(describeError(e, t))
      return false
    } finally {
      working.value = false
    }
  }
  return { working, act }
}
