import { accountMessages } from '../../features/accounts/messages';
import { applicationMessages } from '../../features/applications/messages';
import { availabilityMessages } from '../../features/availability/messages';
import { homeMessages } from '../../features/home/messages';
import { vocabularyMessages, workerMessages } from '../../features/workers/messages';
import { coreMessages } from './core';
import type { MessageKey } from './ja';

export const en: Record<MessageKey, string> = {
  ...coreMessages.en,
  ...accountMessages.en,
  ...applicationMessages.en,
  ...homeMessages.en,
  ...availabilityMessages.en,
  ...vocabularyMessages.en,
  ...workerMessages.en,
};
