import type { AppContext } from '../../app-env';
import { ChoiceGroup, CsrfField, ErrorSummary, FormProblem, namesWithPrefix, SelectField, SubmitButton, TextAreaField, TextField } from '../../ui/form';
import { prefixedFormState, type FormState } from '../../ui/form-page';
import { formatDateTime } from '../../ui/format';
import type { MessageKey, Translate } from '../../ui/i18n';
import { renderPage } from '../../ui/layout';
import { can } from '../../auth/policy';
import { todayInJapan } from '../availability/calendar';
import { formatBusinessDate } from '../availability/format';
import { orderSubcontractable } from '../partners/offer-subcontract';
import { orderTransitions } from './change-order-status';
import type { OrderDetails } from './find-order';
import { quoteEditableIn } from './lock-editable-quote';
import type { RequiredTerm } from './missing-terms';
import { QuoteTable } from './quote-table';
import { taxRates, teamRoles, type TeamRole } from './schema';
import { TermsList } from './terms-list';

/** What the order page shows again after a form on it could not be accepted. */
export type OrderPageForms = {
  status?: { note?: string | undefined; problem?: MessageKey; missing?: RequiredTerm[] };
  quoteProblem?: MessageKey;
  item?: FormState;
  dates?: FormState;
  team?: FormState;
  nda?: FormState;
};

function ndaState(t: Translate, locale: OrderPageLocale, member: OrderDetails['team'][number], today: string): string {
  if (!member.ndaSignedOn) return t('order.nda.missing');
  const date = formatBusinessDate(member.ndaSignedOn, locale, { year: true });
  if (!member.ndaValidUntil) return t('order.nda.signed', { date });
  const until = formatBusinessDate(member.ndaValidUntil, locale, { year: true });
  return member.ndaValidUntil < today ? t('order.nda.expired', { until }) : t('order.nda.signedUntil', { date, until });
}

type OrderPageLocale = AppContext['var']['locale'];

export function renderOrderPage(
  c: AppContext,
  page: { details: OrderDetails; forms?: OrderPageForms; notice?: string | undefined },
  status: 200 | 400 | 409 = 200,
) {
  const { t, locale } = c.var;
  const { order, history, items, team, candidates } = page.details;
  const forms = page.forms ?? {};
  const base = `/orders/${order.id}`;
  const date = (value: string | null) => (value ? formatBusinessDate(value, locale, { year: true }) : t('order.notGiven'));
  const next = orderTransitions[order.status];
  const quoteEditable = quoteEditableIn.includes(order.status);
  const item = prefixedFormState(forms.item, 'item-');
  const dates = prefixedFormState(forms.dates, 'dates-');
  const teamForm = prefixedFormState(forms.team, 'team-');
  const nda = prefixedFormState(forms.nda, 'nda-');
  const today = todayInJapan();
  return renderPage(
    c,
    {
      title: t('order.pageTitle', { number: order.number, title: order.title }),
      notice: page.notice,
      children: (
        <>
          <section aria-labelledby="summary-title">
            <h2 id="summary-title">{t('order.summaryTitle')}</h2>
            <dl class="details">
              <dt>{t('order.client')}</dt>
              <dd>
                <a href={`/clients/${order.clientId}`}>{page.details.clientName}</a>
              </dd>
              <dt>{t('order.status')}</dt>
              <dd>{t(`order.status.${order.status}`)}</dd>
              <dt>{t('order.receivedOn')}</dt>
              <dd>{date(order.receivedOn)}</dd>
              <dt>{t('order.inquiry')}</dt>
              <dd>{order.inquiry ?? t('order.notGiven')}</dd>
              <dt>{t('order.deliveryDate')}</dt>
              <dd>{date(order.deliveryDate)}</dd>
              <dt>{t('order.confidentiality')}</dt>
              <dd>{t(`order.terms.confidentiality.${order.confidentiality}`)}</dd>
            </dl>
            <p>
              <a class="button button--secondary" href={`${base}/edit`}>
                {t('order.edit')}
              </a>
            </p>
            <h3>{t('order.workLinksTitle')}</h3>
            <ul class="link-list">
              <li>
                <a href={`${base}/breakdown`}>{t('order.breakdownLink')}</a>
              </li>
              <li>
                <a href={`${base}/progress`}>{t('order.progressLink')}</a>
              </li>
              {can(c.var.user, 'invoices.manage') ? (
                <li>
                  <a href={`/invoices/new?order=${order.id}`}>{t('invoice.orderLink')}</a>
                </li>
              ) : null}
              <li>
                <a href={`${base}/terms-notices`}>{t('termsNotices.orderLink')}</a>
              </li>
              {can(c.var.user, 'partners.manage') && orderSubcontractable(order.status) ? (
                <li>
                  <a href={`${base}/subcontracts/new`}>{t('partners.offer.link')}</a>
                </li>
              ) : null}
            </ul>
          </section>

          <section aria-labelledby="status-title">
            <h2 id="status-title">{t('order.statusTitle')}</h2>
            <p>{t('order.currentStatus', { status: t(`order.status.${order.status}`) })}</p>
            <FormProblem problem={forms.status?.problem ? t(forms.status.problem) : undefined} />
            {forms.status?.missing?.length ? (
              <div class="error-summary" role="alert" aria-labelledby="missing-terms-title">
                <h3 id="missing-terms-title">{t('order.missingTermsTitle')}</h3>
                <ul>
                  {forms.status.missing.map((term) => (
                    <li>
                      <a href={`${base}/terms#field-${term}`}>{t(`order.terms.${term}`)}</a>
                    </li>
                  ))}
                </ul>
                <p>
                  <a href={`${base}/terms`}>{t('order.fillTerms')}</a>
                </p>
              </div>
            ) : null}
            {next.length === 0 ? (
              <p>{t('order.noNextSteps')}</p>
            ) : (
              <form method="post" action={`${base}/status`} novalidate aria-labelledby="status-title">
                <CsrfField c={c} />
                <input type="hidden" name="from" value={order.status} />
                <p class="field__hint">{t('order.statusHint')}</p>
                <TextAreaField t={t} name="status-note" label="order.statusNote" hint="order.statusNoteHint" value={forms.status?.note} rows={2} />
                <div class="button-row">
                  {next.map((to) => (
                    <button type="submit" name="to" value={to} class={to === 'lost' || to === 'inquiry' ? 'button button--secondary' : 'button'}>
                      {t(`order.moveTo.${to}`)}
                    </button>
                  ))}
                </div>
              </form>
            )}
          </section>

          <section aria-labelledby="history-title">
            <h2 id="history-title">{t('order.historyTitle')}</h2>
            {history.length === 0 ? (
              <p>{t('order.historyNone')}</p>
            ) : (
              <table class="data-table">
                <caption>{t('order.historyCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('order.historyAt')}</th>
                    <th scope="col">{t('order.historyFrom')}</th>
                    <th scope="col">{t('order.historyTo')}</th>
                    <th scope="col">{t('order.historyBy')}</th>
                    <th scope="col">{t('order.historyNote')}</th>
                  </tr>
                </thead>
                <tbody>
                  {history.map((change) => (
                    <tr>
                      <th scope="row">{formatDateTime(change.changedAt, locale)}</th>
                      <td>{change.fromStatus ? t(`order.status.${change.fromStatus}`) : t('order.historyStart')}</td>
                      <td>{t(`order.status.${change.toStatus}`)}</td>
                      <td>{change.changedByName ?? t('order.unknownPerson')}</td>
                      <td>{change.note ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>

          <section aria-labelledby="quote-title">
            <h2 id="quote-title">{t('order.quote.title')}</h2>
            <FormProblem problem={forms.quoteProblem ? t(forms.quoteProblem) : undefined} />
            <dl class="details">
              <dt>{t('order.quote.issuedOn')}</dt>
              <dd>{date(order.quoteIssuedOn)}</dd>
              <dt>{t('order.quote.validUntil')}</dt>
              <dd>{date(order.quoteValidUntil)}</dd>
            </dl>
            {items.length === 0 ? (
              <p>{t('order.quote.none')}</p>
            ) : (
              <QuoteTable
                t={t}
                locale={locale}
                items={items}
                actions={
                  quoteEditable
                    ? (line) => (
                        <form method="post" action={`${base}/quote-items/${line.id}/delete`}>
                          <CsrfField c={c} />
                          <button type="submit" class="button button--secondary" aria-label={t('order.quote.removeItem', { description: line.description })}>
                            {t('order.quote.remove')}
                          </button>
                        </form>
                      )
                    : undefined
                }
              />
            )}
            {items.length > 0 ? (
              <p>
                <a href={`${base}/quote/print`}>{t('order.quote.print')}</a>
              </p>
            ) : null}
            {quoteEditable ? (
              <>
                <h3 id="add-item">{t('order.quote.addTitle')}</h3>
                <ErrorSummary t={t} errors={item.errors} labels={namesWithPrefix(itemLabels, 'item-')} />
                <form method="post" action={`${base}/quote-items`} novalidate aria-labelledby="add-item">
                  <CsrfField c={c} />
                  <TextField t={t} name="item-description" label="order.quote.description" value={item.values['item-description']} error={item.errors['item-description']} required autocomplete="off" />
                  <TextField t={t} name="item-quantity" label="order.quote.quantity" value={item.values['item-quantity']} error={item.errors['item-quantity']} required inputmode="numeric" autocomplete="off" />
                  <TextField t={t} name="item-unit" label="order.quote.unit" hint="order.quote.unitHint" value={item.values['item-unit']} error={item.errors['item-unit']} required autocomplete="off" />
                  <TextField t={t} name="item-unitPriceYen" label="order.quote.unitPrice" value={item.values['item-unitPriceYen']} error={item.errors['item-unitPriceYen']} required inputmode="numeric" autocomplete="off" />
                  <ChoiceGroup
                    t={t}
                    name="item-taxRate"
                    legend="order.quote.taxRate"
                    type="radio"
                    required
                    options={taxRates.map((rate) => ({ value: String(rate), label: t(`order.quote.rate.${rate}`) }))}
                    checked={[item.values['item-taxRate'] ?? '10']}
                    error={item.errors['item-taxRate']}
                  />
                  <SubmitButton>{t('order.quote.add')}</SubmitButton>
                </form>
                <h3 id="quote-dates">{t('order.quote.datesTitle')}</h3>
                <ErrorSummary t={t} errors={dates.errors} labels={namesWithPrefix(dateLabels, 'dates-')} />
                <form method="post" action={`${base}/quote`} novalidate aria-labelledby="quote-dates">
                  <CsrfField c={c} />
                  <TextField t={t} name="dates-issuedOn" label="order.quote.issuedOn" hint="order.dateHint" value={dates.values['dates-issuedOn'] ?? order.quoteIssuedOn ?? ''} error={dates.errors['dates-issuedOn']} autocomplete="off" />
                  <TextField t={t} name="dates-validUntil" label="order.quote.validUntil" hint="order.dateHint" value={dates.values['dates-validUntil'] ?? order.quoteValidUntil ?? ''} error={dates.errors['dates-validUntil']} autocomplete="off" />
                  <SubmitButton secondary>{t('order.quote.saveDates')}</SubmitButton>
                </form>
              </>
            ) : (
              <p>{t('order.quote.locked')}</p>
            )}
          </section>

          <section aria-labelledby="terms-title">
            <h2 id="terms-title">{t('order.terms.title')}</h2>
            <TermsList t={t} locale={locale} order={order} />
            <p>
              <a class="button button--secondary" href={`${base}/terms`}>
                {t('order.terms.edit')}
              </a>
            </p>
          </section>

          <section aria-labelledby="team-title">
            <h2 id="team-title">{t('order.team.title')}</h2>
            <p>{t('order.team.lead')}</p>
            <p>{t('order.team.trainingRate', { percent: order.trainingRatePercent })}</p>
            {team.length === 0 ? (
              <p>{t('order.team.none')}</p>
            ) : (
              <>
                <table class="data-table">
                  <caption>{t('order.team.caption', { count: team.length })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('order.team.name')}</th>
                      <th scope="col">{t('order.team.role')}</th>
                      {order.confidentiality === 'nda' ? <th scope="col">{t('order.team.nda')}</th> : null}
                      <th scope="col">{t('order.team.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {team.map((member) => {
                      const otherRoles = teamRoles.filter((role) => role !== member.role);
                      return (
                        <tr>
                          <th scope="row">{member.displayName}</th>
                          <td>{t(`order.team.role.${member.role}`)}</td>
                          {order.confidentiality === 'nda' ? <td>{ndaState(t, locale, member, today)}</td> : null}
                          <td>
                            <div class="button-row">
                              {otherRoles.map((role) => (
                                <form method="post" action={`${base}/team/${member.userId}/role`}>
                                  <CsrfField c={c} />
                                  <input type="hidden" name="role" value={role} />
                                  <button type="submit" class="button button--secondary" aria-label={t(roleChange[role].named, { name: member.displayName })}>
                                    {t(roleChange[role].text)}
                                  </button>
                                </form>
                              ))}
                              <form method="post" action={`${base}/team/${member.userId}/remove`}>
                                <CsrfField c={c} />
                                <button type="submit" class="button button--secondary" aria-label={t('order.team.removeFor', { name: member.displayName })} aria-describedby="team-remove-hint">
                                  {t('order.team.remove')}
                                </button>
                              </form>
                            </div>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
                <p id="team-remove-hint" class="field__hint">
                  {t('order.team.removeHint')}
                </p>
              </>
            )}
            <h3 id="add-member">{t('order.team.addTitle')}</h3>
            {candidates.length === 0 ? (
              <p>{t('order.team.noCandidates')}</p>
            ) : (
              <>
                <ErrorSummary t={t} errors={teamForm.errors} labels={namesWithPrefix(teamLabels, 'team-')} />
                <form method="post" action={`${base}/team`} novalidate aria-labelledby="add-member">
                  <CsrfField c={c} />
                  <SelectField
                    t={t}
                    name="team-userId"
                    label="order.team.person"
                    required
                    value={teamForm.values['team-userId'] ?? ''}
                    error={teamForm.errors['team-userId']}
                    options={[
                      { value: '', label: t('order.team.choose') },
                      ...candidates.map((person) => ({
                        value: person.id,
                        label: t('order.team.candidate', { name: person.displayName, loginId: person.loginId, role: t(`role.${person.role}`) }),
                      })),
                    ]}
                  />
                  <ChoiceGroup
                    t={t}
                    name="team-role"
                    legend="order.team.roleField"
                    type="radio"
                    required
                    options={[
                      { value: '', label: t('order.team.role.byAccount') },
                      ...teamRoles.map((role) => ({ value: role, label: t(`order.team.role.${role}`) })),
                    ]}
                    checked={[teamForm.values['team-role'] ?? '']}
                    error={teamForm.errors['team-role']}
                  />
                  <SubmitButton>{t('order.team.add')}</SubmitButton>
                </form>
              </>
            )}
            {order.confidentiality === 'nda' && team.length > 0 ? (
              <>
                <h3 id="record-nda">{t('order.nda.title')}</h3>
                <p>{t('order.nda.hint', { client: page.details.clientName })}</p>
                <ErrorSummary t={t} errors={nda.errors} labels={namesWithPrefix(ndaLabels, 'nda-')} />
                <form method="post" action={`${base}/ndas`} novalidate aria-labelledby="record-nda">
                  <CsrfField c={c} />
                  <SelectField
                    t={t}
                    name="nda-userId"
                    label="order.nda.person"
                    required
                    value={nda.values['nda-userId'] ?? ''}
                    error={nda.errors['nda-userId']}
                    options={[{ value: '', label: t('order.team.choose') }, ...team.map((member) => ({ value: member.userId, label: member.displayName }))]}
                  />
                  <TextField t={t} name="nda-signedOn" label="order.nda.signedOn" hint="order.dateHint" value={nda.values['nda-signedOn']} error={nda.errors['nda-signedOn']} required autocomplete="off" />
                  <TextField t={t} name="nda-validUntil" label="order.nda.validUntil" hint="order.dateHint" value={nda.values['nda-validUntil']} error={nda.errors['nda-validUntil']} autocomplete="off" />
                  <SubmitButton>{t('order.nda.record')}</SubmitButton>
                </form>
              </>
            ) : null}
          </section>
          <p>
            <a href="/orders">{t('order.back')}</a>
          </p>
        </>
      ),
    },
    status,
  );
}

const itemLabels: Record<string, MessageKey> = {
  description: 'order.quote.description',
  quantity: 'order.quote.quantity',
  unit: 'order.quote.unit',
  unitPriceYen: 'order.quote.unitPrice',
  taxRate: 'order.quote.taxRate',
};

const dateLabels: Record<string, MessageKey> = { issuedOn: 'order.quote.issuedOn', validUntil: 'order.quote.validUntil' };

/** The button that gives a team member each role. */
const roleChange: Record<TeamRole, { text: MessageKey; named: MessageKey }> = {
  leader: { text: 'order.team.makeLeader', named: 'order.team.makeLeaderFor' },
  member: { text: 'order.team.makeMember', named: 'order.team.makeMemberFor' },
  trainee: { text: 'order.team.makeTrainee', named: 'order.team.makeTraineeFor' },
};

const teamLabels: Record<string, MessageKey> = { userId: 'order.team.person', role: 'order.team.roleField' };

const ndaLabels: Record<string, MessageKey> = { userId: 'order.nda.person', signedOn: 'order.nda.signedOn', validUntil: 'order.nda.validUntil' };
