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

/** Asks for a text the action needs (a reason, a subject), refusing a blank one; trimmed, or null when backed out. */
export async function promptedText(message: string, title: string, requiredText: string, initial = ''): Promise<string | null> {
  try {
    const { value } = await ElMessageBox.prompt(message, title, {
      inputValue: initial,
      inputValidator: (text: string) => text.trim() !== '' || requiredText,
    })
    return value.trim()
  } catch {
    return null
  }
}
