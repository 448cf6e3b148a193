import { ElMessageBox } from 'element-plus'

/** Asks before a consequential action (warning style); true when the user confirmed, false when they backed out. */
export async function confirmed(message: string, title: string, confirmText: string, cancelText: string): Promise<boolean> {
  try {
    await ElMessageBox.confirm(message, title, { confirmButtonText: confirmText, cancelButtonText: cancelText, type: 'warning' })
    return true
  } catch {
    return false
  }
}
