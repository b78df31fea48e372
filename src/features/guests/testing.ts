import type { Db } from '../../db/client';
import { guestProfiles } from './schema';

/** A guest profile for an existing user, on `feePlanId`; identity checked unless `checked` is false. */
export async function addTestGuestProfile(db: Db, input: { userId: string; feePlanId: string | null; checked?: boolean; checkedBy?: string | null }) {
  const checked = input.checked ?? true;
  await db.insert(guestProfiles).values({
    userId: input.userId,
    nameKana: 'テスト ゲスト',
    phone: '090-0000-0000',
    address: '東京都テスト区1-1',
    isResident: false,
    purpose: 'drop_in',
    feePlanId: input.feePlanId,
    identityCheckedAt: checked ? new Date() : null,
    identityCheckedBy: checked ? (input.checkedBy ?? null) : null,
    identityDocument: checked ? 'driver_licence' : null,
  });
}
