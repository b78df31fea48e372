import type { AppContext } from '../../app-env';
import type { Role } from '../../auth/roles';
import { CsrfField, SelectField, TextField } from '../../ui/form';
import { renderFormPage, type FormPageStatus, type FormState } from '../../ui/form-page';
import { formatDateTime } from '../../ui/format';
import { renderPage } from '../../ui/layout';

export type DemoAccount = { loginId: string; role: Role };

export function renderSignIn(
  c: AppContext,
  state: FormState & { demoAccounts?: DemoAccount[]; demoPassword?: string; next?: string | undefined },
  status: FormPageStatus = 200,
) {
  const { t } = c.var;
  const notice = c.req.query('signedOut') === '1' ? t('signIn.signedOut') : c.req.query('setup') === 'done' ? t('setup.done') : undefined;
  return renderFormPage(
    c,
    {
      title: t('signIn.title'),
      notice,
      action: '/sign-in',
      submit: 'signIn.submit',
      state,
      labels: { loginId: 'account.loginId', password: 'account.password' },
      fields: (
        <>
          <input type="hidden" name="next" value={state.next ?? ''} />
          <TextField t={t} name="loginId" label="account.loginId" hint="signIn.loginIdHint" value={state.values?.loginId} error={state.errors?.loginId} required autocomplete="username" spellcheck={false} />
          <TextField t={t} name="password" type="password" label="account.password" error={state.errors?.password} required autocomplete="current-password" />
        </>
      ),
      after: (
        <>
          <p>
            <a href="/setup">{t('signIn.firstTime')}</a>
          </p>
          <p class="field__hint">{t('signIn.forgotten')}</p>
          {state.demoAccounts ? (
            <section class="demo-accounts" aria-labelledby="demo-title">
              <h2 id="demo-title">{t('signIn.demoTitle')}</h2>
              <p>{t('signIn.demoBody', { password: state.demoPassword ?? '' })}</p>
              <table>
                <caption class="visually-hidden">{t('signIn.demoTitle')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('account.role')}</th>
                    <th scope="col">{t('account.loginId')}</th>
                  </tr>
                </thead>
                <tbody>
                  {state.demoAccounts.map((account) => (
                    <tr>
                      <td>{t(`role.${account.role}`)}</td>
                      <td>
                        <code>{account.loginId}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ) : null}
        </>
      ),
    },
    status,
  );
}

export function renderChangePassword(c: AppContext, state: FormState & { done?: boolean }, status: FormPageStatus = 200) {
  const { t } = c.var;
  return renderFormPage(
    c,
    {
      title: t('password.title'),
      notice: state.done ? t('password.changed') : undefined,
      action: '/account/password',
      submit: 'password.submit',
      state,
      labels: { currentPassword: 'password.current', newPassword: 'password.new', confirmPassword: 'password.confirm' },
      fields: (
        <>
          <TextField t={t} name="currentPassword" type="password" label="password.current" error={state.errors?.currentPassword} required autocomplete="current-password" />
          <NewPasswordFields c={c} state={state} />
        </>
      ),
    },
    status,
  );
}

/** A new password typed twice, as on every page that sets one. */
function NewPasswordFields(props: { c: AppContext; state: FormState }) {
  const { t } = props.c.var;
  return (
    <>
      <TextField t={t} name="newPassword" type="password" label="password.new" hint="password.rules" error={props.state.errors?.newPassword} required autocomplete="new-password" />
      <TextField t={t} name="confirmPassword" type="password" label="password.confirm" error={props.state.errors?.confirmPassword} required autocomplete="new-password" />
    </>
  );
}

export function renderSetup(c: AppContext, state: FormState, status: FormPageStatus = 200) {
  const { t } = c.var;
  return renderFormPage(
    c,
    {
      title: t('setup.title'),
      lead: 'setup.lead',
      action: '/setup',
      submit: 'setup.submit',
      state,
      labels: { loginId: 'account.loginId', code: 'setup.code', newPassword: 'password.new', confirmPassword: 'password.confirm' },
      fields: (
        <>
          <TextField t={t} name="loginId" label="account.loginId" value={state.values?.loginId} error={state.errors?.loginId} required autocomplete="username" spellcheck={false} />
          <TextField t={t} name="code" label="setup.code" hint="setup.codeHint" value={state.values?.code} error={state.errors?.code} required autocomplete="one-time-code" spellcheck={false} />
          <NewPasswordFields c={c} state={state} />
        </>
      ),
    },
    status,
  );
}

export function renderFirstAdmin(c: AppContext, state: FormState, status: FormPageStatus = 200) {
  const { t } = c.var;
  return renderFormPage(
    c,
    {
      title: t('firstAdmin.title'),
      lead: 'firstAdmin.lead',
      action: '/first-admin',
      submit: 'firstAdmin.submit',
      state,
      labels: {
        code: 'firstAdmin.code',
        displayName: 'account.displayName',
        loginId: 'account.loginId',
        newPassword: 'password.new',
        confirmPassword: 'password.confirm',
      },
      fields: (
        <>
          <TextField t={t} name="code" label="firstAdmin.code" hint="firstAdmin.codeHint" value={state.values?.code} error={state.errors?.code} required autocomplete="one-time-code" spellcheck={false} />
          <TextField t={t} name="displayName" label="account.displayName" value={state.values?.displayName} error={state.errors?.displayName} required autocomplete="name" />
          <TextField t={t} name="loginId" label="account.loginId" hint="account.loginIdRules" value={state.values?.loginId} error={state.errors?.loginId} required autocomplete="username" spellcheck={false} />
          <NewPasswordFields c={c} state={state} />
        </>
      ),
    },
    status,
  );
}

export type AccountRow = {
  id: string;
  loginId: string;
  displayName: string;
  role: Role;
  hasPassword: boolean;
  setupCodeExpiresAt: Date | null;
  manageable: boolean;
};

export function renderAccountList(c: AppContext, accounts: AccountRow[]) {
  const { t, locale } = c.var;
  return renderPage(c, {
    title: t('accounts.title'),
    children: (
      <>
        <p>
          <a class="button" href="/accounts/new">
            {t('accounts.new')}
          </a>
        </p>
        <table class="data-table">
          <caption>{t('accounts.caption', { count: accounts.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('account.displayName')}</th>
              <th scope="col">{t('account.loginId')}</th>
              <th scope="col">{t('account.role')}</th>
              <th scope="col">{t('accounts.status')}</th>
              <th scope="col">{t('accounts.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr>
                <th scope="row">{account.displayName}</th>
                <td>
                  <code>{account.loginId}</code>
                </td>
                <td>{t(`role.${account.role}`)}</td>
                <td>
                  {account.hasPassword
                    ? t('accounts.status.active')
                    : account.setupCodeExpiresAt
                      ? t('accounts.status.waiting', { date: formatDateTime(account.setupCodeExpiresAt, locale) })
                      : t('accounts.status.noCode')}
                </td>
                <td>
                  {account.manageable ? (
                    <form method="post" action={`/accounts/${account.id}/setup-code`}>
                      <CsrfField c={c} />
                      <button type="submit" class="button button--secondary" aria-label={t('accounts.issueCodeFor', { name: account.displayName })}>
                        {t('accounts.issueCode')}
                      </button>
                    </form>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </>
    ),
  });
}

export function renderNewAccount(c: AppContext, state: FormState & { roles: Role[] }, status: FormPageStatus = 200) {
  const { t } = c.var;
  return renderFormPage(
    c,
    {
      title: t('accounts.new'),
      lead: 'accounts.newLead',
      action: '/accounts',
      submit: 'accounts.create',
      state,
      labels: { displayName: 'account.displayName', loginId: 'account.loginId', role: 'account.role', email: 'account.email' },
      fields: (
        <>
          <TextField t={t} name="displayName" label="account.displayName" value={state.values?.displayName} error={state.errors?.displayName} required autocomplete="off" />
          <TextField t={t} name="loginId" label="account.loginId" hint="account.loginIdRules" value={state.values?.loginId} error={state.errors?.loginId} required autocomplete="off" spellcheck={false} />
          <SelectField
            t={t}
            name="role"
            label="account.role"
            required
            value={state.values?.role ?? 'worker'}
            error={state.errors?.role}
            options={state.roles.map((role) => ({ value: role, label: t(`role.${role}`) }))}
          />
          <TextField t={t} name="email" type="email" label="account.email" hint="account.emailHint" value={state.values?.email} error={state.errors?.email} autocomplete="off" inputmode="email" spellcheck={false} />
        </>
      ),
    },
    status,
  );
}

/** A sheet to print and hand over: everything a person needs to choose their password. */
export function renderSetupSheet(
  c: AppContext,
  sheet: { displayName: string; loginId: string; code: string; expiresAt: Date; created: boolean },
) {
  const { t, locale, deps } = c.var;
  const setupUrl = `${deps.config.publicUrl ?? new URL(c.req.url).origin}/setup`;
  return renderPage(c, {
    title: t('setupSheet.title', { name: sheet.displayName }),
    notice: sheet.created ? t('setupSheet.created') : t('setupSheet.reissued'),
    printable: true,
    children: (
      <>
        <p class="no-print">{t('setupSheet.printHint')}</p>
        <dl class="setup-sheet">
          <dt>{t('account.loginId')}</dt>
          <dd>
            <code>{sheet.loginId}</code>
          </dd>
          <dt>{t('setup.code')}</dt>
          <dd>
            <code class="setup-code">{sheet.code}</code>
          </dd>
          <dt>{t('setupSheet.validUntil')}</dt>
          <dd>{formatDateTime(sheet.expiresAt, locale)}</dd>
        </dl>
        <h2>{t('setupSheet.stepsTitle')}</h2>
        <ol>
          <li>{t('setupSheet.step1', { url: setupUrl })}</li>
          <li>{t('setupSheet.step2')}</li>
          <li>{t('setupSheet.step3')}</li>
        </ol>
        <p>{t('setupSheet.once')}</p>
        <p class="no-print">
          <a href="/accounts">{t('setupSheet.back')}</a>
        </p>
      </>
    ),
  });
}
