import { accountMessages } from '../../features/accounts/messages';
import { applicationMessages } from '../../features/applications/messages';
import { availabilityMessages } from '../../features/availability/messages';
import { directoryMessages } from '../../features/directory/messages';
import { homeMessages } from '../../features/home/messages';
import { supporterMessages } from '../../features/supporters/messages';
import { clientMessages } from '../../features/clients/messages';
import { vocabularyMessages, workerMessages } from '../../features/workers/messages';
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
};

export type MessageKey = keyof typeof ja;
