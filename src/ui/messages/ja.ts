import { accountMessages } from '../../features/accounts/messages';
import { applicationMessages } from '../../features/applications/messages';
import { availabilityMessages } from '../../features/availability/messages';
import { directoryMessages } from '../../features/directory/messages';
import { homeMessages } from '../../features/home/messages';
import { supporterMessages } from '../../features/supporters/messages';
import { clientMessages } from '../../features/clients/messages';
import { vocabularyMessages, workerMessages } from '../../features/workers/messages';
import { orderMessages } from '../../features/orders/messages';
import { breakdownMessages } from '../../features/breakdown/messages';
import { taskMessages } from '../../features/tasks/messages';
import { reviewMessages } from '../../features/review/messages';
import { portalMessages } from '../../features/portal/messages';
import { notificationMessages } from '../../features/notifications/messages';
import { plannerMessages } from '../../features/planner/messages';
import { termsNoticeMessages } from '../../features/terms-notices/messages';
import { payMessages } from '../../features/pay/messages';
import { transferMessages } from '../../features/transfers/messages';
import { invoiceMessages } from '../../features/invoices/messages';
import { moneySettingsMessages } from '../../features/money-settings/messages';
import { mailMessages } from '../../features/mail/messages';
import { centreMessages } from '../../features/centre/messages';
import { bookingMessages } from '../../features/bookings/messages';
import { calendarFeedMessages } from '../../features/calendar-feeds/messages';
import { checkInMessages } from '../../features/check-in/messages';
import { tenantMessages } from '../../features/tenants/messages';
import { guestMessages } from '../../features/guests/messages';
import { centreFeeMessages } from '../../features/centre-fees/messages';
import { trainingMessages } from '../../features/training/messages';
import { eventMessages } from '../../features/events/messages';
import { promotionMessages } from '../../features/promotions/messages';
import { reportMessages } from '../../features/reports/messages';
import { announcementMessages } from '../../features/announcements/messages';
import { teamTalkMessages } from '../../features/team-talk/messages';
import { dailyCheckInMessages } from '../../features/daily-check-ins/messages';
import { presenceMessages } from '../../features/presence/messages';
import { directMessageMessages } from '../../features/direct-messages/messages';
import { apiTokenMessages } from '../../features/api-tokens/messages';
import { apiMessages } from '../../api/messages';
import { partnerMessages } from '../../features/partners/messages';
import { fileMessages } from '../../files/messages';
import { coreMessages } from './core';

// Each feature keeps its messages beside its code; this gathers them. Japanese is the source of truth.
export const ja = {
  ...coreMessages.ja,
  ...accountMessages.ja,
  ...applicationMessages.ja,
  ...homeMessages.ja,
  ...availabilityMessages.ja,
  ...vocabularyMessages.ja,
  ...workerMessages.ja,
  ...directoryMessages.ja,
  ...supporterMessages.ja,
  ...clientMessages.ja,
  ...orderMessages.ja,
  ...breakdownMessages.ja,
  ...taskMessages.ja,
  ...reviewMessages.ja,
  ...portalMessages.ja,
  ...notificationMessages.ja,
  ...plannerMessages.ja,
  ...termsNoticeMessages.ja,
  ...payMessages.ja,
  ...transferMessages.ja,
  ...invoiceMessages.ja,
  ...moneySettingsMessages.ja,
  ...mailMessages.ja,
  ...centreMessages.ja,
  ...bookingMessages.ja,
  ...calendarFeedMessages.ja,
  ...checkInMessages.ja,
  ...tenantMessages.ja,
  ...guestMessages.ja,
  ...centreFeeMessages.ja,
  ...trainingMessages.ja,
  ...eventMessages.ja,
  ...promotionMessages.ja,
  ...reportMessages.ja,
  ...announcementMessages.ja,
  ...teamTalkMessages.ja,
  ...dailyCheckInMessages.ja,
  ...presenceMessages.ja,
  ...directMessageMessages.ja,
  ...apiTokenMessages.ja,
  ...apiMessages.ja,
  ...partnerMessages.ja,
  ...fileMessages.ja,
};

export type MessageKey = keyof typeof ja;
