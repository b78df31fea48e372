import { defineMessages } from '../../ui/messages/define';

/** In-app notifications. The `notification.*` keys are the messages other features leave with `notify`. */
export const notificationMessages = defineMessages({
  ja: {
    'nav.notificationSettings': '知らせの受け取り方',
    'nav.notifications': 'お知らせ',
    'notification.absence': '{name}さんが今日は作業できなくなりました。{count}件の作業が戻りました。',
    'notification.offer': '{order}の作業「{task}」をお願いできないか、提案が届いています。',
    'notification.returned': '「{task}」が差し戻されました。コメントを見てください。',
    'notifications.title': 'お知らせ',
    'notifications.none': 'お知らせはありません。',
    'notifications.unreadCount': '読んでいないお知らせが{count}件あります。',
    'notifications.allRead': '読んでいないお知らせはありません。',
    'notifications.markRead': 'すべて読んだことにする',
    'notifications.marked': 'すべて読んだことにしました。',
    'notifications.unread': '未読',
    'notifications.unknown': '（このお知らせは表示できません）',
    'notifications.onHome': '読んでいないお知らせが{count}件あります',
  },
  en: {
    'nav.notificationSettings': 'How I am told of things',
    'nav.notifications': 'Notifications',
    'notification.absence': '{name} can no longer work today. {count} tasks went back to the pool.',
    'notification.offer': 'You have been asked whether you could take the task “{task}” for {order}.',
    'notification.returned': '“{task}” was returned to you. Please read the comments.',
    'notifications.title': 'Notifications',
    'notifications.none': 'You have no notifications.',
    'notifications.unreadCount': 'You have {count} unread notifications.',
    'notifications.allRead': 'You have no unread notifications.',
    'notifications.markRead': 'Mark all as read',
    'notifications.marked': 'All notifications are marked as read.',
    'notifications.unread': 'Unread',
    'notifications.unknown': '(This notification cannot be shown)',
    'notifications.onHome': 'You have {count} unread notifications',
  },
});
