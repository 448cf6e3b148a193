import { isFinalRefusal } from '../cases/outbox'

/**
 * 待办 actions taken on the phone without a network (待发送): a 签收 or a 办结反馈 whose request could not reach the
 * server is kept on the phone, per user, and sent when the network returns, so a department's staff can sign and
 * reply in a basement or a village without signal and lose nothing. They are short texts, so localStorage holds
 * them (the report outbox with its photos is in IndexedDB). A refusal a resend cannot change (the dispatch was signed
 * by a colleague meanwhile, or withdrawn) leaves the list with its reason; anything else keeps it for the next try.
 */
export interface PendingAction {
  kind: 'sign' | 'reply'
  dispatchId: string
  caseCode: string
  caseTitle: string
  /** the reply's text */
  text?: string
  /** the `subject` of the user who acted */
  owner: string
  savedAt: string
}

export const PENDING_ACTIONS_KEY = 'lvzhi.todoOutbox'

function all(storage: Storage): PendingAction[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(PENDING_ACTIONS_KEY) ?? '[]')
    return Array.isArray(parsed) ? (parsed as PendingAction[]) : []
  } catch {
    return []
  }
}

function save(storage: Storage, actions: PendingAction[]): void {
  if (actions.length === 0) storage.removeItem(PENDING_ACTIONS_KEY)
  else storage.setItem(PENDING_ACTIONS_KEY, JSON.stringify(actions))
}

/** The owner's waiting actions, oldest first. */
export function pendingActions(storage: Storage, owner: string): PendingAction[] {
  return all(storage).filter((a) => a.owner === owner)
}

/** Keeps an action; a second one on the same dispatch replaces the first (a corrected reply, say). */
export function keepAction(storage: Storage, action: PendingAction): void {
  save(storage, [...all(storage).filter((a) => a.dispatchId !== action.dispatchId || a.owner !== action.owner), action])
}

export interface ActionFlush {
  sent: PendingAction[]
  refused: { action: PendingAction; message: string }[]
  left: number
}

/**
 * Sends the owner's waiting actions in order. A sent or finally refused one leaves the list; a network or server
 * failure stops the run and keeps it and those after it.
 */
export async function sendActions(storage: Storage, owner: string,
  send: (action: PendingAction) => Promise<void>): Promise<ActionFlush> {
  const result: ActionFlush = { sent: [], refused: [], left: 0 }
  const queue = pendingActions(storage, owner)
  while (queue.length > 0) {
    const head = queue[0]
    if (!head) break
    try {
      await send(head)
      result.sent.push(head)
    } catch (e) {
      if (!isFinalRefusal(e)) break
      result.refused.push({ action: head, message: e.message })
    }
    save(storage, all(storage).filter((a) => !(a.dispatchId === head.dispatchId && a.owner === owner)))
    queue.shift()
  }
  result.left = queue.length
  return result
}
