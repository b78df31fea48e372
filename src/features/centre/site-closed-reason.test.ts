import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';
import { siteClosures } from './schema';
import { loadSiteCalendar, siteClosedReason } from './site-closed-reason';
import { createSite } from './testing';

const tateshina = { yearlyClosedFrom: '12-29', yearlyClosedTo: '01-03', closedOnHolidays: true };

describe('siteClosedReason', () => {
  it('closes the year-end days across the new year and opens the days around them', () => {
    expect(siteClosedReason(tateshina, [], '2026-12-28')).toBeNull();
    expect(siteClosedReason(tateshina, [], '2026-12-29')).toEqual({ kind: 'yearly' });
    expect(siteClosedReason(tateshina, [], '2026-12-31')).toEqual({ kind: 'yearly' });
    expect(siteClosedReason(tateshina, [], '2027-01-03')).toEqual({ kind: 'yearly' });
    expect(siteClosedReason(tateshina, [], '2027-01-04')).toBeNull();
  });

  it('closes a closure within one year only on its days', () => {
    const summer = { ...tateshina, yearlyClosedFrom: '08-13', yearlyClosedTo: '08-16' };
    expect(siteClosedReason(summer, [], '2026-08-12')).toBeNull();
    expect(siteClosedReason(summer, [], '2026-08-13')).toEqual({ kind: 'yearly' });
    expect(siteClosedReason(summer, [], '2026-08-17')).toBeNull();
    expect(siteClosedReason(summer, [], '2026-12-30')).toBeNull();
  });

  it('names a national holiday when the site closes on holidays, and opens when it does not', () => {
    expect(siteClosedReason(tateshina, [], '2026-11-23')).toEqual({ kind: 'holiday', name: '勤労感謝の日', nameEn: 'Labor Thanksgiving Day' });
    expect(siteClosedReason({ ...tateshina, closedOnHolidays: false }, [], '2026-11-23')).toBeNull();
  });

  it('gives a one-off closure with its reason, on its day only', () => {
    const closures = [{ date: '2026-12-10', reason: '設備点検' }];
    expect(siteClosedReason(tateshina, closures, '2026-12-10')).toEqual({ kind: 'closure', name: '設備点検' });
    expect(siteClosedReason(tateshina, closures, '2026-12-11')).toBeNull();
  });

  it('keeps a site without a yearly closure open at the year end', () => {
    expect(siteClosedReason({ yearlyClosedFrom: null, yearlyClosedTo: null, closedOnHolidays: false }, [], '2026-12-31')).toBeNull();
  });
});

describe('loadSiteCalendar', () => {
  const test = useTestApp();

  it('loads the site rules and its closures in the range only', async () => {
    const { siteId } = await createSite(test, { closedOnHolidays: false });
    const other = await createSite(test);
    await test.db.insert(siteClosures).values([
      { siteId, date: '2026-12-10', reason: '設備点検' },
      { siteId, date: '2027-02-01', reason: '選挙の投票所' },
      { siteId: other.siteId, date: '2026-12-11', reason: '他の拠点' },
    ]);
    const calendar = await loadSiteCalendar(test.db, siteId, '2026-12-01', '2026-12-31');
    expect(calendar).toEqual({
      site: { yearlyClosedFrom: '12-29', yearlyClosedTo: '01-03', closedOnHolidays: false },
      closures: [{ date: '2026-12-10', reason: '設備点検' }],
    });
    expect(siteClosedReason(calendar!.site, calendar!.closures, '2026-12-10')).toEqual({ kind: 'closure', name: '設備点検' });
    expect(siteClosedReason(calendar!.site, calendar!.closures, '2026-12-11')).toBeNull();
    expect(await loadSiteCalendar(test.db, '00000000-0000-0000-0000-000000000000', '2026-12-01', '2026-12-31')).toBeUndefined();
  });
});
