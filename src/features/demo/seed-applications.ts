import { eq } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { consentTexts } from '../workers/consent-texts';
import { applicationNotes, applications, consents } from '../workers/schema';

/** Two applications waiting in the coordinator's inbox: one new, one being interviewed. */
export async function seedDemoApplications(db: Db): Promise<void> {
  const [coordinator] = await db.select({ id: users.id }).from(users).where(eq(users.loginId, 'coordinator'));
  const rows = await db
    .insert(applications)
    .values([
      {
        familyName: '望月',
        givenName: '里美',
        familyNameKana: 'モチヅキ',
        givenNameKana: 'サトミ',
        email: 'satomi@example.jp',
        preferredLocations: ['home'],
        hoursPerWeek: 8,
        skills: ['data_entry', 'survey'],
        accommodations: ['text_only'],
        accommodationNotes: '子どもが小さいので、平日の午前中だけ働きたいです。',
        targetGroups: ['childcare', 'moved_in'],
      },
      {
        familyName: '土屋',
        givenName: '健一',
        familyNameKana: 'ツチヤ',
        givenNameKana: 'ケンイチ',
        phone: '0267-55-0101',
        postalAddress: '長野県北佐久郡立科町大字芦田',
        preferredLocations: ['centre'],
        hoursPerWeek: 15,
        skills: ['bookkeeping'],
        accommodations: ['step_free', 'large_text'],
        targetGroups: ['elderly'],
        status: 'interviewing',
      },
    ])
    .returning({ id: applications.id });
  await db.insert(consents).values(
    rows.map((row) => ({ applicationId: row.id, purpose: 'registration' as const, textVersion: consentTexts.registration.version })),
  );
  const interviewing = rows[1];
  if (interviewing) {
    await db.insert(applicationNotes).values({
      applicationId: interviewing.id,
      authorId: coordinator?.id ?? null,
      body: 'センターで面談。経理の経験が長い。車いすのため段差のない入口を案内済み。',
    });
  }
}
