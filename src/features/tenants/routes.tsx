import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../../app-env';
import { allow } from '../../auth/middleware';
import { doneNotice, uuidParam } from '../../ui/route-params';
import { renderErrorPage } from '../../ui/error-pages';
import { readForm } from '../../ui/form';
import { formatMonth } from '../../ui/format';
import type { MessageKey } from '../../ui/i18n';
import { renderSetupSheet } from '../accounts/pages';
import { todayInJapan } from '../availability/calendar';
import { addContract } from './add-contract';
import { createTenantStaff, linkTenantStaff } from './add-tenant-staff';
import { chargeContractMonth } from './charge-contract-month';
import { renderCompaniesPage } from './companies-page';
import { companyValues, renderCompanyFormPage } from './company-form-page';
import { renderCompanyPage } from './company-page';
import { renderContractFormPage, renderEndContractPage } from './contract-form-pages';
import { endContract } from './end-contract';
import { findCompany, listCompanies, type Company } from './list-companies';
import { findContract, listContractBooths, listContracts, type ContractRow } from './list-contracts';
import { findTenantStaff, listTenantStaff, listUnlinkedTenantAccounts } from './list-tenant-staff';
import { loadTenantView } from './load-tenant-view';
import { addCompany, updateCompany } from './save-company';
import { renderLinkStaffPage, renderNewStaffPage, renderStaffEditPage, staffValues } from './staff-form-pages';
import { renderTenantPage } from './tenant-page';
import { updateTenantStaff } from './update-tenant-staff';
import { companyForm, contractForm, endContractForm, linkStaffForm, newStaffForm, staffEditForm } from './validation';

export const tenantRoutes = new Hono<AppEnv>();

/** The company the path names, or undefined (then the route answers 404). */
async function companyOfPath(c: AppContext): Promise<Company | undefined> {
  const id = uuidParam(c, 'id');
  return id ? findCompany(c.var.deps.db, id) : undefined;
}

const notices = {
  added: 'tenants.company.added',
  saved: 'tenants.company.saved',
  contractAdded: 'tenants.contract.added',
  contractEnded: 'tenants.contract.ended',
  charged: 'tenants.contract.charged',
  alreadyCharged: 'tenants.contract.alreadyCharged',
  staffLinked: 'tenants.staff.linked',
  staffSaved: 'tenants.staff.saved',
} satisfies Record<string, MessageKey>;

/** This month: its first day, and whether a contract runs on any day of it. */
function thisMonth() {
  const today = todayInJapan();
  const first = `${today.slice(0, 7)}-01`;
  const last = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)), 0)).toISOString().slice(0, 10);
  return { first, runsIn: (contract: ContractRow) => contract.startsOn <= last && (contract.endsOn === null || contract.endsOn >= first) };
}

tenantRoutes.get('/centre/tenants', allow('centre.manage'), async (c) =>
  renderCompaniesPage(c, { companies: await listCompanies(c.var.deps.db, todayInJapan()), notice: doneNotice(c, notices) }),
);

tenantRoutes.get('/centre/tenants/new', allow('centre.manage'), (c) => renderCompanyFormPage(c, { values: {} }));

tenantRoutes.post('/centre/tenants/new', allow('centre.manage'), async (c) => {
  const form = await readForm(c, companyForm);
  if (!form.ok) return renderCompanyFormPage(c, { values: form.values, errors: form.errors }, 400);
  const companyId = await addCompany(c.var.deps.db, c.var.user!.id, form.data);
  return c.redirect(`/centre/tenants/${companyId}?done=added`, 303);
});

tenantRoutes.get('/centre/tenants/:id', allow('centre.manage'), async (c) => {
  const company = await companyOfPath(c);
  if (!company) return renderErrorPage(c, 'notFound');
  const { db } = c.var.deps;
  const contracts = await listContracts(db, company.id);
  const month = thisMonth();
  return renderCompanyPage(c, {
    company,
    contracts,
    staff: await listTenantStaff(db, company.id),
    chargeable: new Set(contracts.filter(month.runsIn).map((contract) => contract.id)),
    monthText: formatMonth(month.first.slice(0, 7), c.var.locale),
    notice: doneNotice(c, notices),
  });
});

tenantRoutes.get('/centre/tenants/:id/edit', allow('centre.manage'), async (c) => {
  const company = await companyOfPath(c);
  if (!company) return renderErrorPage(c, 'notFound');
  return renderCompanyFormPage(c, { companyId: company.id, values: companyValues(company) });
});

tenantRoutes.post('/centre/tenants/:id/edit', allow('centre.manage'), async (c) => {
  const company = await companyOfPath(c);
  if (!company) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, companyForm);
  if (!form.ok) return renderCompanyFormPage(c, { companyId: company.id, values: form.values, errors: form.errors }, 400);
  if (!(await updateCompany(c.var.deps.db, company.id, form.data))) return renderErrorPage(c, 'notFound');
  return c.redirect(`/centre/tenants/${company.id}?done=saved`, 303);
});

tenantRoutes.get('/centre/tenants/:id/contracts/new', allow('centre.manage'), async (c) => {
  const company = await companyOfPath(c);
  if (!company) return renderErrorPage(c, 'notFound');
  return renderContractFormPage(c, { company, booths: await listContractBooths(c.var.deps.db), state: { values: { meetingMinutesPerMonth: '0' } } });
});

tenantRoutes.post('/centre/tenants/:id/contracts/new', allow('centre.manage'), async (c) => {
  const company = await companyOfPath(c);
  if (!company) return renderErrorPage(c, 'notFound');
  const { db } = c.var.deps;
  const { t } = c.var;
  const booths = await listContractBooths(db);
  const form = await readForm(c, contractForm);
  if (!form.ok) return renderContractFormPage(c, { company, booths, state: { values: form.values, errors: form.errors } }, 400);
  const result = await addContract(db, company.id, c.var.user!.id, form.data);
  if (result.ok) return c.redirect(`/centre/tenants/${company.id}?done=contractAdded`, 303);
  if (result.reason === 'booth') return renderContractFormPage(c, { company, booths, state: { values: form.values, errors: { spaceId: 'tenants.error.booth' } } }, 400);
  if (result.reason === 'bookings') {
    return renderContractFormPage(c, { company, booths, state: { values: form.values, errors: { spaceId: 'tenants.error.boothBooked' } }, blockingBookings: result.bookings }, 409);
  }
  const { companyName, startsOn, endsOn } = result.holder;
  const problem = endsOn
    ? t('tenants.contract.heldBy', { company: companyName, from: startsOn, to: endsOn })
    : t('tenants.contract.heldByOpen', { company: companyName, from: startsOn });
  return renderContractFormPage(c, { company, booths, state: { values: form.values, errors: { spaceId: 'tenants.error.boothLet' }, problem } }, 409);
});

/** The company and one of its contracts the path names. */
async function contractOfPath(c: AppContext) {
  const company = await companyOfPath(c);
  const contractId = uuidParam(c, 'contractId');
  const contract = company && contractId ? await findContract(c.var.deps.db, company.id, contractId) : undefined;
  return company && contract ? { company, contract } : undefined;
}

tenantRoutes.get('/centre/tenants/:id/contracts/:contractId/end', allow('centre.manage'), async (c) => {
  const found = await contractOfPath(c);
  if (!found) return renderErrorPage(c, 'notFound');
  return renderEndContractPage(c, { ...found, state: {} });
});

tenantRoutes.post('/centre/tenants/:id/contracts/:contractId/end', allow('centre.manage'), async (c) => {
  const found = await contractOfPath(c);
  if (!found) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, endContractForm);
  if (!form.ok) return renderEndContractPage(c, { ...found, state: { values: form.values, errors: form.errors } }, 400);
  const result = await endContract(c.var.deps.db, found.company.id, found.contract.id, form.data.endsOn);
  if (result === 'ended') return c.redirect(`/centre/tenants/${found.company.id}?done=contractEnded`, 303);
  const error = result === 'beforeStart' ? 'tenants.error.endsBeforeStarts' : 'tenants.error.endOverlaps';
  return renderEndContractPage(c, { ...found, state: { values: form.values, errors: { endsOn: error } } }, result === 'beforeStart' ? 400 : 409);
});

tenantRoutes.post('/centre/tenants/:id/contracts/:contractId/charge', allow('centre.manage'), async (c) => {
  const found = await contractOfPath(c);
  const month = thisMonth();
  if (!found || !month.runsIn(found.contract)) return renderErrorPage(c, 'notFound');
  const result = await chargeContractMonth(c.var.deps.db, found.company.id, found.contract, month.first, c.var.user!.id);
  return c.redirect(`/centre/tenants/${found.company.id}?done=${result}`, 303);
});

tenantRoutes.get('/centre/tenants/:id/staff/new', allow('centre.manage'), async (c) => {
  const company = await companyOfPath(c);
  if (!company) return renderErrorPage(c, 'notFound');
  return renderNewStaffPage(c, { company, state: { values: { joinedOn: todayInJapan() } } });
});

tenantRoutes.post('/centre/tenants/:id/staff/new', allow('centre.manage'), async (c) => {
  const company = await companyOfPath(c);
  if (!company) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, newStaffForm);
  if (!form.ok) return renderNewStaffPage(c, { company, state: { values: form.values, errors: form.errors } }, 400);
  const user = c.var.user!;
  const result = await createTenantStaff(c.var.deps.db, { id: user.id, role: user.role }, company.id, form.data);
  if (!result.ok) {
    if (result.reason === 'forbidden') return renderErrorPage(c, 'forbidden');
    return renderNewStaffPage(c, { company, state: { values: form.values, errors: { loginId: 'account.error.loginIdTaken' } } }, 409);
  }
  // The code is shown this once, on the response itself: it is never stored in clear.
  return renderSetupSheet(c, { displayName: result.user.displayName, loginId: result.user.loginId, code: result.code, expiresAt: result.expiresAt, created: true });
});

tenantRoutes.get('/centre/tenants/:id/staff/link', allow('centre.manage'), async (c) => {
  const company = await companyOfPath(c);
  if (!company) return renderErrorPage(c, 'notFound');
  return renderLinkStaffPage(c, { company, accounts: await listUnlinkedTenantAccounts(c.var.deps.db), state: { values: { joinedOn: todayInJapan() } } });
});

tenantRoutes.post('/centre/tenants/:id/staff/link', allow('centre.manage'), async (c) => {
  const company = await companyOfPath(c);
  if (!company) return renderErrorPage(c, 'notFound');
  const { db } = c.var.deps;
  const form = await readForm(c, linkStaffForm);
  if (!form.ok) return renderLinkStaffPage(c, { company, accounts: await listUnlinkedTenantAccounts(db), state: { values: form.values, errors: form.errors } }, 400);
  if (!(await linkTenantStaff(db, company.id, form.data))) {
    return renderLinkStaffPage(c, { company, accounts: await listUnlinkedTenantAccounts(db), state: { values: form.values, errors: { userId: 'tenants.error.account' } } }, 409);
  }
  return c.redirect(`/centre/tenants/${company.id}?done=staffLinked`, 303);
});

/** The company and one of its staff the path names. */
async function staffOfPath(c: AppContext) {
  const company = await companyOfPath(c);
  const userId = uuidParam(c, 'userId');
  const staff = company && userId ? await findTenantStaff(c.var.deps.db, company.id, userId) : undefined;
  return company && staff ? { company, staff } : undefined;
}

tenantRoutes.get('/centre/tenants/:id/staff/:userId/edit', allow('centre.manage'), async (c) => {
  const found = await staffOfPath(c);
  if (!found) return renderErrorPage(c, 'notFound');
  return renderStaffEditPage(c, { ...found, state: { values: staffValues(found.staff) } });
});

tenantRoutes.post('/centre/tenants/:id/staff/:userId/edit', allow('centre.manage'), async (c) => {
  const found = await staffOfPath(c);
  if (!found) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, staffEditForm);
  if (!form.ok) return renderStaffEditPage(c, { ...found, state: { values: form.values, errors: form.errors } }, 400);
  if (form.data.leftOn && form.data.leftOn < found.staff.joinedOn) {
    return renderStaffEditPage(c, { ...found, state: { values: form.values, errors: { leftOn: 'tenants.error.leftBeforeJoined' } } }, 400);
  }
  if (!(await updateTenantStaff(c.var.deps.db, found.company.id, found.staff.userId, form.data))) return renderErrorPage(c, 'notFound');
  return c.redirect(`/centre/tenants/${found.company.id}?done=staffSaved`, 303);
});

tenantRoutes.get('/tenant', allow('tenant.self'), async (c) => {
  const now = new Date();
  const view = await loadTenantView(c.var.deps.db, c.var.user!.id, now);
  return renderTenantPage(c, view && { ...view, monthText: formatMonth(todayInJapan(now).slice(0, 7), c.var.locale) }, now);
});
