import { defineMessages } from '../../ui/messages/define';

/** In-app notifications. The `notification.*` keys are the messages other features leave with `notify`. */
export const notificationMessages = defineMessages({
  ja: {
    'nav.notifications': 'お知らせ',
    'notification.absence': '{name}さんが今日は作業できなくなりました。{count}件の作業が戻りました。',
    'notification.offer': '{order}の作業「{task}」をお願いできないか、提案が届いています。',
    'notification.returned': '「{task}」が差し戻されました。コメントを見てください。',
  },
  en: {
    'nav.notifications': 'Notifications',
    'notification.absence': '{name} can no longer work today. {count} tasks went back to the pool.',
    'notification.offer': 'You have been asked whether you could take the task “{task}” for {order}.',
    'notification.returned': '“{task}” was returned to you. Please read the comments.',
  },
});
