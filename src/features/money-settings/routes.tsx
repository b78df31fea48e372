import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';
import { allow } from '../../auth/middleware';
import { readForm } from '../../ui/form';
import { loadMoneySettings } from './load-money-settings';
import { moneySettingsValues, renderMoneySettingsPage } from './pages';
import { saveMoneySettings } from './save-money-settings';
import { moneySettingsForm } from './validation';

export const moneySettingsRoutes = new Hono<AppEnv>();

moneySettingsRoutes.get('/settings/money', allow('money.settings'), async (c) => {
  const saved = await loadMoneySettings(c.var.deps.db);
  const notice = c.req.query('done') === 'saved' ? c.var.t('moneySettings.saved') : undefined;
  return renderMoneySettingsPage(c, { saved, ...moneySettingsValues(saved), notice });
});

moneySettingsRoutes.post('/settings/money', allow('money.settings'), async (c) => {
  const form = await readForm(c, moneySettingsForm);
  if (!form.ok) {
    const saved = await loadMoneySettings(c.var.deps.db);
    return renderMoneySettingsPage(c, { saved, values: form.values, categories: form.lists.withholdingCategories ?? [], errors: form.errors }, 400);
  }
  await saveMoneySettings(c.var.deps.db, c.var.user!.id, form.data);
  return c.redirect('/settings/money?done=saved', 303);
});
