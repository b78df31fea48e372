import type { AppContext } from '../../app-env';
import { ChoiceGroup, CsrfField, ErrorSummary, SubmitButton, type FieldErrors } from '../../ui/form';
import { renderPage } from '../../ui/layout';
import { emailModes, type EmailMode } from './schema';

/** `/me/notification-settings`: how the person hears of things by e-mail, and where it goes. */
export function renderNotificationSettings(
  c: AppContext,
  page: { emailMode: EmailMode | string | undefined; email: string | null; errors?: FieldErrors; notice?: string | undefined },
) {
  const { t } = c.var;
  const errors = page.errors ?? {};
  return renderPage(
    c,
    {
      title: t('notificationSettings.title'),
      notice: page.notice,
      children: (
        <>
          <p>{t('notificationSettings.lead')}</p>
          <p>{page.email ? t('notificationSettings.address', { email: page.email }) : t('notificationSettings.noAddress')}</p>
          <ErrorSummary t={t} errors={errors} labels={{ emailMode: 'notificationSettings.emailMode' }} />
          <form method="post" action="/me/notification-settings" novalidate>
            <CsrfField c={c} />
            <ChoiceGroup
              t={t}
              type="radio"
              name="emailMode"
              legend="notificationSettings.emailMode"
              hint="notificationSettings.emailModeHint"
              options={emailModes.map((mode) => ({ value: mode, label: t(`notificationSettings.mode.${mode}`) }))}
              checked={page.emailMode ? [page.emailMode] : []}
              error={errors.emailMode}
              required
            />
            <SubmitButton>{t('notificationSettings.save')}</SubmitButton>
          </form>
        </>
      ),
    },
    Object.keys(errors).length > 0 ? 400 : 200,
  );
}
