import { api } from './index'
import {
  MarkNotificationsReadDocument,
  NotificationsDocument,
  type NotificationsQuery,
} from './generated/graphql'

export type NotificationRow = NotificationsQuery['notifications']['edges'][number]['node']

/** How many notifications the bell's list shows. */
export const BELL_PAGE_SIZE = 20

export async function fetchNotifications(): Promise<{ rows: NotificationRow[]; unreadCount: number }> {
  const data = await api().execute(NotificationsDocument, { first: BELL_PAGE_SIZE, after: null })
  return { rows: data.notifications.edges.map((edge) => edge.node), unreadCount: data.notifications.unreadCount }
}

/** Marks these notifications read (all unread ones when `ids` is empty); returns what stays unread. */
export async function markNotificationsRead(ids: string[]): Promise<number> {
  const data = await api().execute(MarkNotificationsReadDocument, { ids })
  return data.markNotificationsRead.unreadCount
}
