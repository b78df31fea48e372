import type { AppContext } from '../../app-env';
import { ChoiceGroup, CsrfField, SelectField, SubmitButton, TextField } from '../../ui/form';
import { renderFormPage, type FormState } from '../../ui/form-page';
import { formatDateTime, formatList } from '../../ui/format';
import type { MessageKey, Translate } from '../../ui/i18n';
import { renderPage } from '../../ui/layout';
import { todayInJapan } from '../availability/calendar';
import { formatBusinessDate } from '../availability/format';
import type { ApiTokenSummary, TokenOwnerChoices } from './list-api-tokens';
import { apiScopes, type ApiScope } from './schema';

const scopeText = (t: Translate, scope: ApiScope) => t(`apiTokens.scope.${scope}`);

/** Whose the token is, in words: 発注者: 立科町. */
function ownerText(t: Translate, token: Pick<ApiTokenSummary, 'kind' | 'ownerName'>): string {
  return t(token.kind === 'client' ? 'apiTokens.owner.client' : 'apiTokens.owner.partner', { name: token.ownerName });
}

/** The token's state as the list says it: in use, expired, or revoked on a day. */
function stateText(c: AppContext, token: ApiTokenSummary, now: Date): string {
  const { t, locale } = c.var;
  if (token.revokedAt) return t('apiTokens.state.revoked', { date: formatDateTime(token.revokedAt, locale) });
  return t(token.expiresAt <= now ? 'apiTokens.state.expired' : 'apiTokens.state.active');
}

/** /settings/api-tokens: every token issued, whose it is, what it may do, until when, and whether it is still in use. */
export function renderApiTokensPage(c: AppContext, tokens: ApiTokenSummary[], notice?: string) {
  const { t, locale } = c.var;
  const now = new Date();
  return renderPage(c, {
    title: t('apiTokens.title'),
    notice,
    children: (
      <>
        <p class="lead">{t('apiTokens.lead')}</p>
        <p>
          <a class="button" href="/settings/api-tokens/new">
            {t('apiTokens.issueLink')}
          </a>
        </p>
        {tokens.length === 0 ? (
          <p>{t('apiTokens.none')}</p>
        ) : (
          <table class="data-table">
            <caption>{t('apiTokens.list.caption', { count: tokens.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('apiTokens.list.name')}</th>
                <th scope="col">{t('apiTokens.list.owner')}</th>
                <th scope="col">{t('apiTokens.list.scopes')}</th>
                <th scope="col">{t('apiTokens.list.prefix')}</th>
                <th scope="col">{t('apiTokens.list.expires')}</th>
                <th scope="col">{t('apiTokens.list.lastUsed')}</th>
                <th scope="col">{t('apiTokens.list.state')}</th>
                <th scope="col">{t('apiTokens.list.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr>
                  <th scope="row">{token.name}</th>
                  <td>{ownerText(t, token)}</td>
                  <td>{formatList(token.scopes.map((scope) => scopeText(t, scope)), locale)}</td>
                  <td>
                    <code>{`${token.prefix}…`}</code>
                  </td>
                  {/* expires_at is the midnight after the last day it works: show that last day. */}
                  <td>{formatBusinessDate(todayInJapan(new Date(token.expiresAt.getTime() - 1)), locale, { year: true })}</td>
                  <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt, locale) : t('apiTokens.list.neverUsed')}</td>
                  <td>{stateText(c, token, now)}</td>
                  <td>
                    {token.revokedAt ? null : (
                      <a href={`/settings/api-tokens/${token.id}/revoke`} aria-label={t('apiTokens.list.revokeLabel', { name: token.name })}>
                        {t('apiTokens.list.revoke')}
                      </a>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </>
    ),
  });
}

const issueLabels: Record<string, MessageKey> = {
  name: 'apiTokens.field.name',
  kind: 'apiTokens.field.kind',
  clientId: 'apiTokens.field.clientId',
  partnerId: 'apiTokens.field.partnerId',
  scopes: 'apiTokens.field.scopes',
  expiresOn: 'apiTokens.field.expiresOn',
};

/** /settings/api-tokens/new: name, for whom, what it may do and until when; problems next to each field. */
export function renderIssueTokenPage(c: AppContext, choices: TokenOwnerChoices, state: FormState & { scopes?: string[] } = {}, status: 200 | 400 = 200) {
  const { t } = c.var;
  const values = state.values ?? {};
  const errors = state.errors ?? {};
  const noPartners = choices.partners.length === 0;
  return renderFormPage(
    c,
    {
      title: t('apiTokens.new.title'),
      lead: 'apiTokens.new.lead',
      action: '/settings/api-tokens/new',
      submit: 'apiTokens.new.submit',
      state,
      labels: issueLabels,
      fields: (
        <>
          <TextField t={t} name="name" label="apiTokens.field.name" hint="apiTokens.field.nameHint" required value={values.name} error={errors.name} />
          <ChoiceGroup
            t={t}
            name="kind"
            type="radio"
            legend="apiTokens.field.kind"
            required
            checked={values.kind ? [values.kind] : []}
            error={errors.kind}
            options={[
              { value: 'client', label: t('apiTokens.kind.client') },
              { value: 'partner', label: t(noPartners ? 'apiTokens.kind.partnerNone' : 'apiTokens.kind.partner') },
            ]}
          />
          <SelectField
            t={t}
            name="clientId"
            label="apiTokens.field.clientId"
            hint="apiTokens.field.clientHint"
            value={values.clientId}
            error={errors.clientId}
            options={[{ value: '', label: t('apiTokens.field.chooseClient') }, ...choices.clients.map((client) => ({ value: client.id, label: client.name }))]}
          />
          {noPartners ? (
            <div class={errors.partnerId ? 'field field--error' : 'field'} id="field-partnerId" tabindex={-1}>
              <p>{t('apiTokens.partnersNone')}</p>
              {errors.partnerId ? (
                <p class="field__error" id="field-partnerId-error">
                  {t(errors.partnerId)}
                </p>
              ) : null}
            </div>
          ) : (
            <SelectField
              t={t}
              name="partnerId"
              label="apiTokens.field.partnerId"
              value={values.partnerId}
              error={errors.partnerId}
              options={[{ value: '', label: t('apiTokens.field.choosePartner') }, ...choices.partners.map((partner) => ({ value: partner.id, label: partner.name }))]}
            />
          )}
          <ChoiceGroup
            t={t}
            name="scopes"
            legend="apiTokens.field.scopes"
            hint="apiTokens.field.scopesHint"
            required
            checked={state.scopes ?? []}
            error={errors.scopes}
            options={apiScopes.map((scope) => ({ value: scope, label: scopeText(t, scope) }))}
          />
          <TextField t={t} name="expiresOn" type="date" label="apiTokens.field.expiresOn" hint="apiTokens.field.expiresOnHint" required value={values.expiresOn} error={errors.expiresOn} />
        </>
      ),
    },
    status,
  );
}

/** The secret, this once, with plain words to copy it now; the route sends it with Cache-Control: no-store. */
export function renderIssuedTokenPage(c: AppContext, issued: { name: string; secret: string }) {
  const { t } = c.var;
  return renderPage(c, {
    title: t('apiTokens.created.title'),
    children: (
      <>
        <p>
          <strong>{t('apiTokens.created.once')}</strong>
        </p>
        <div class="field">
          <label for="api-token-secret">{t('apiTokens.created.secret', { name: issued.name })}</label>
          <p class="field__hint" id="api-token-secret-hint">
            {t('apiTokens.created.hint')}
          </p>
          <input id="api-token-secret" type="text" readonly value={issued.secret} aria-describedby="api-token-secret-hint" spellcheck={false} autocomplete="off" />
        </div>
        <p>{t('apiTokens.created.lost')}</p>
        <p>
          <a href="/settings/api-tokens">{t('apiTokens.created.back')}</a>
        </p>
      </>
    ),
  });
}

/** The question before a token is revoked: which one, that it stops at once, and that it cannot be undone. */
export function renderRevokeTokenPage(c: AppContext, token: ApiTokenSummary) {
  const { t } = c.var;
  return renderPage(c, {
    title: t('apiTokens.revoke.title'),
    children: (
      <>
        <p>{t('apiTokens.revoke.lead', { name: token.name, owner: ownerText(t, token), prefix: token.prefix })}</p>
        <form method="post" action={`/settings/api-tokens/${token.id}/revoke`}>
          <CsrfField c={c} />
          <div class="button-row">
            <SubmitButton>{t('apiTokens.revoke.confirm')}</SubmitButton>
            <a href="/settings/api-tokens">{t('apiTokens.revoke.back')}</a>
          </div>
        </form>
      </>
    ),
  });
}
