import { api } from './index'
import {
  MarkNotificationsReadDocument,
  NotificationSettingsDocument,
  NotificationsDocument,
  UpdateNotificationSettingsDocument,
  type NotificationSettingsQuery,
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

export type NotificationKindSetting = NotificationSettingsQuery['notificationSettings']['kinds'][number]

/** Every kind of notification, with whether the user's bell shows it. */
export async function fetchNotificationSettings(): Promise<NotificationKindSetting[]> {
  const data = await api().execute(NotificationSettingsDocument, {})
  return data.notificationSettings.kinds
}

/** Stops these kinds reaching the bell (every other kind is received); returns what stays unread. */
export async function saveMutedKinds(mutedKinds: string[]): Promise<number> {
  const data = await api().execute(UpdateNotificationSettingsDocument, { mutedKinds })
  return data.updateNotificationSettings.unreadCount
}
