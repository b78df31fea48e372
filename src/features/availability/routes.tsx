import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../../app-env';
import { allow } from '../../auth/middleware';
import { readForm, type FieldErrors } from '../../ui/form';
import { isMessageKey } from '../../ui/i18n';
import { addDays, todayInJapan, weekdays, weekStartOf, type Weekday } from './calendar';
import { clearDateOverride } from './clear-date-override';
import { weeklyPatternMinutes } from './expand';
import { formatBusinessDate } from './format';
import { loadAvailability, loadDateOverrides, loadWeeklyPattern } from './load-availability';
import { offeredHours } from './offered-hours';
import { renderDateOverrides, renderTeamHours, renderWeeklyPattern, type WeeklyPageState } from './pages';
import { saveDateOverride } from './save-date-override';
import { saveWeeklyPattern } from './save-weekly-pattern';
import { setWorkPreferences } from './set-work-preferences';
import { dateOverrideForm, overrideHorizonDays, removeOverrideForm, teamHoursQuery, weeklyPatternForm } from './validation';

export const availabilityRoutes = new Hono<AppEnv>();

/** The next 14 days, as the signed-in worker will actually be available. */
const upcomingDays = (c: AppContext) => {
  const today = todayInJapan();
  return loadAvailability(c.var.deps.db, c.var.user!.id, today, addDays(today, 13));
};

/** The weekly grid as saved, with `shown` (what was sent back after a failed save) laid over it. */
async function weeklyPageState(c: AppContext, shown?: Pick<WeeklyPageState, 'checked' | 'locations' | 'hoursPerWeek' | 'worksOnHolidays'>) {
  const declared = await loadWeeklyPattern(c.var.deps.db, c.var.user!.id);
  const locations = Object.fromEntries(
    weekdays.map((weekday) => [weekday, declared.weekly.find((slot) => slot.weekday === weekday)?.location ?? 'home']),
  ) as Record<Weekday, string>;
  const state: WeeklyPageState = {
    checked: new Set(declared.weekly.map((slot) => `${slot.weekday}-${slot.startMinute}`)),
    locations,
    hoursPerWeek: declared.hoursPerWeek === null ? '' : String(declared.hoursPerWeek),
    worksOnHolidays: declared.worksOnHolidays,
    ...shown,
    hasProfile: declared.hasProfile,
    patternMinutes: weeklyPatternMinutes(declared.weekly),
    target: declared.hoursPerWeek,
    upcoming: await upcomingDays(c),
  };
  return state;
}

availabilityRoutes.get('/availability', allow('workers.self'), async (c) =>
  renderWeeklyPattern(c, { ...(await weeklyPageState(c)), saved: c.req.query('saved') === '1' }),
);

availabilityRoutes.post('/availability', allow('workers.self'), async (c) => {
  const userId = c.var.user!.id;
  const form = await readForm(c, weeklyPatternForm);
  if (!form.ok) {
    const shown = {
      checked: new Set(form.lists.slot ?? []),
      locations: Object.fromEntries(weekdays.map((weekday) => [weekday, form.values[`location${weekday}`] ?? 'home'])) as Record<Weekday, string>,
      hoursPerWeek: form.values.hoursPerWeek ?? '',
      worksOnHolidays: form.values.worksOnHolidays === 'yes',
    };
    return renderWeeklyPattern(c, { ...(await weeklyPageState(c, shown)), errors: form.errors }, 400);
  }
  const db = c.var.deps.db;
  await saveWeeklyPattern(db, userId, form.data.slots);
  // Without a profile there is nothing to keep the target in; the page says so.
  if (form.data.preferences) await setWorkPreferences(db, userId, form.data.preferences);
  return c.redirect('/availability?saved=1', 303);
});

async function datesPageState(c: AppContext) {
  const today = todayInJapan();
  const [overrides, upcoming] = await Promise.all([
    loadDateOverrides(c.var.deps.db, c.var.user!.id, today, addDays(today, overrideHorizonDays)),
    upcomingDays(c),
  ]);
  return { overrides, upcoming };
}

availabilityRoutes.get('/availability/dates', allow('workers.self'), async (c) => {
  const { t, locale } = c.var;
  const saved = c.req.query('saved');
  const removed = c.req.query('removed');
  const noticeDate = (text: string | undefined) => (text && /^\d{4}-\d{2}-\d{2}$/.test(text) ? formatBusinessDate(text, locale, { year: true }) : undefined);
  const notice = noticeDate(saved)
    ? t('availability.dates.saved', { date: noticeDate(saved)! })
    : noticeDate(removed)
      ? t('availability.dates.removed', { date: noticeDate(removed)! })
      : undefined;
  return renderDateOverrides(c, { ...(await datesPageState(c)), notice });
});

availabilityRoutes.post('/availability/dates', allow('workers.self'), async (c) => {
  const userId = c.var.user!.id;
  const db = c.var.deps.db;
  const body = await c.req.parseBody();
  if (body.intent === 'remove') {
    const form = await readForm(c, removeOverrideForm);
    if (!form.ok) return renderDateOverrides(c, { ...(await datesPageState(c)), errors: form.errors }, 400);
    await clearDateOverride(db, userId, form.data.date);
    return c.redirect(`/availability/dates?removed=${form.data.date}`, 303);
  }
  const form = await readForm(c, dateOverrideForm);
  if (!form.ok) return renderDateOverrides(c, { ...(await datesPageState(c)), errors: form.errors, values: form.values }, 400);
  await saveDateOverride(db, userId, form.data.date, form.data.slots);
  return c.redirect(`/availability/dates?saved=${form.data.date}`, 303);
});

availabilityRoutes.get('/team-hours', allow('workers.viewHours'), async (c) => {
  const raw = { week: c.req.query('week') ?? '', skill: c.req.query('skill') ?? '', location: c.req.query('location') ?? '' };
  const parsed = teamHoursQuery.safeParse(raw);
  if (!parsed.success) {
    const errors: FieldErrors = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= isMessageKey(issue.message) ? issue.message : 'error.invalid';
    return renderTeamHours(c, { weekStart: weekStartOf(addDays(todayInJapan(), 7)), values: raw, errors }, 400);
  }
  const { skill, location } = parsed.data;
  const weekStart = weekStartOf(parsed.data.week);
  const hours = await offeredHours(c.var.deps.db, { from: weekStart, to: addDays(weekStart, 6), skill, location });
  return renderTeamHours(c, { weekStart, values: { ...raw, week: raw.week ? weekStart : '' }, skill, location, hours });
});
