import { inArray } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import type { Weekday } from '../availability/calendar';
import { slotMinutes } from '../availability/expand';
import { availabilitySlots } from '../availability/schema';
import { consentTexts } from '../workers/consent-texts';
import { consents, workerProfiles, workerSkills, workerStatusChanges } from '../workers/schema';
import type { WorkLocation } from '../workers/vocabulary';

type DemoProfile = Omit<typeof workerProfiles.$inferInsert, 'userId'>;
/** Usual hours: on these weekdays (0 Monday), from `start` to `end` (minutes of the day), at one place a day. */
type DemoHours = { weekdays: Weekday[]; start: number; end: number; location: WorkLocation };

// Made-up people of Tateshina, with no sensitive data and no bank accounts.
// Each has a weekly target (hoursPerWeek) and usual hours, so planning the next two weeks has
// people to plan; the browser tests tick slots these leave free (worker Mon–Tue 9:00, Wed
// afternoon; leader Fri 10:00). The worker and the leader agreed to be counted in the outcome
// reports (statistics consent); the trainee did not, so the reports show someone left out.
const demoProfiles: Record<
  string,
  { profile: DemoProfile; skills: { skill: string; level: number; source: 'self' | 'training' }[]; hours: DemoHours[]; countedInReports: boolean }
> = {
  worker: {
    profile: {
      status: 'active',
      familyName: '女神',
      givenName: '由美',
      familyNameKana: 'メガミ',
      givenNameKana: 'ユミ',
      phone: '0267-55-0101',
      email: 'yumi.megami@example.jp',
      postalAddress: '長野県北佐久郡立科町芦田 1-2-3',
      preferredLocations: ['home', 'centre'],
      hoursPerWeek: 15,
      accommodations: ['frequent_breaks'],
      accommodationNotes: '子どもの送り迎えがあるため、15時以降は難しいです。',
      targetGroups: ['childcare', 'moved_in'],
      teleworkType: 'C',
      movedFrom: '東京都杉並区',
      movedInOn: '2023-04-01',
    },
    skills: [
      { skill: 'data_entry', level: 2, source: 'training' },
      { skill: 'transcription', level: 1, source: 'self' },
    ],
    hours: [
      { weekdays: [0, 2, 4], start: 600, end: 750, location: 'home' },
      { weekdays: [1, 3], start: 600, end: 750, location: 'centre' },
    ],
    countedInReports: true,
  },
  trainee: {
    profile: {
      status: 'trainee',
      familyName: '八ヶ岳',
      givenName: 'さくら',
      familyNameKana: 'ヤツガタケ',
      givenNameKana: 'サクラ',
      email: 'sakura.yatsugatake@example.jp',
      preferredLocations: ['centre'],
      hoursPerWeek: 6,
      accommodations: ['text_only'],
      targetGroups: ['hikikomori'],
    },
    skills: [
      { skill: 'survey', level: 1, source: 'self' },
      { skill: 'data_entry', level: 1, source: 'training' },
    ],
    hours: [{ weekdays: [1, 3], start: 780, end: 960, location: 'centre' }],
    countedInReports: false,
  },
  leader: {
    profile: {
      status: 'active',
      familyName: '白樺',
      givenName: '健一',
      familyNameKana: 'シラカバ',
      givenNameKana: 'ケンイチ',
      phone: '0267-56-0202',
      postalAddress: '長野県北佐久郡立科町山部 45',
      // A registered invoice issuer (a made-up number with a valid check digit): his pay carries consumption tax.
      invoiceRegistrationNumber: 'T7123456789012',
      preferredLocations: ['home'],
      hoursPerWeek: 25,
      targetGroups: ['elderly'],
      teleworkType: 'C',
    },
    skills: [
      { skill: 'bookkeeping', level: 3, source: 'training' },
      { skill: 'proofreading', level: 3, source: 'training' },
    ],
    hours: [
      { weekdays: [0, 1, 2, 3], start: 540, end: 720, location: 'home' },
      { weekdays: [4], start: 780, end: 960, location: 'home' },
    ],
    countedInReports: true,
  },
};

/** Worker profiles for the demo worker, trainee and leader, as an accepted application would make them, with their usual hours. */
export async function seedDemoWorkerProfiles(db: Db): Promise<void> {
  const accounts = await db
    .select({ id: users.id, loginId: users.loginId })
    .from(users)
    .where(inArray(users.loginId, Object.keys(demoProfiles)));
  for (const account of accounts) {
    const demo = demoProfiles[account.loginId];
    if (!demo) continue;
    await db.insert(workerProfiles).values({ userId: account.id, ...demo.profile }).onConflictDoNothing();
    await db.insert(workerStatusChanges).values({ userId: account.id, toStatus: demo.profile.status, reason: 'デモ用の登録' });
    await db.insert(workerSkills).values(demo.skills.map((skill) => ({ userId: account.id, ...skill }))).onConflictDoNothing();
    const slots = demo.hours.flatMap(({ weekdays, start, end, location }) =>
      weekdays.flatMap((weekday) => Array.from({ length: (end - start) / slotMinutes }, (_, index) => ({ userId: account.id, weekday, startMinute: start + index * slotMinutes, location }))),
    );
    await db.insert(availabilitySlots).values(slots).onConflictDoNothing();
    if (demo.countedInReports) {
      await db.insert(consents).values({ userId: account.id, purpose: 'statistics', textVersion: consentTexts.statistics.version });
    }
  }
}
