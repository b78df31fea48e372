import type { Db } from '../../db/client';
import type { MessageKey } from '../../ui/i18n';
import { notifications } from './schema';

/** Leaves an in-app message for each of these people; shown in each reader's own language. */
export async function notify(
  db: Db,
  userIds: readonly string[],
  message: { key: MessageKey; params?: Record<string, string | number>; link?: string },
  now = new Date(),
): Promise<void> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  await db.insert(notifications).values(
    unique.map((userId) => ({ userId, messageKey: message.key, params: message.params ?? {}, link: message.link ?? null, createdAt: now })),
  );
}
