import { can, type Capability } from '../../auth/policy';
import type { Role } from '../../auth/roles';
import type { MessageKey } from '../../ui/i18n';

type NavLink = { href: string; label: MessageKey; needs?: Capability };

const links: NavLink[] = [
  { href: '/', label: 'nav.home' },
  { href: '/accounts', label: 'nav.accounts', needs: 'accounts.manage' },
  { href: '/availability', label: 'nav.availability', needs: 'workers.self' },
  { href: '/me/profile', label: 'nav.myProfile', needs: 'workers.self' },
  { href: '/me/supporters', label: 'nav.mySupporters', needs: 'workers.self' },
  { href: '/supporter', label: 'nav.supporter', needs: 'supporters.self' },
  { href: '/team-hours', label: 'nav.teamHours', needs: 'workers.viewHours' },
  { href: '/applications', label: 'nav.applications', needs: 'applications.manage' },
  { href: '/workers', label: 'nav.workers', needs: 'workers.manage' },
  { href: '/clients', label: 'nav.clients', needs: 'clients.manage' },
  { href: '/orders', label: 'nav.orders', needs: 'orders.manage' },
  { href: '/partners', label: 'nav.partners', needs: 'partners.manage' },
  { href: '/plans', label: 'nav.plans', needs: 'plans.manage' },
  { href: '/invoices', label: 'nav.invoices', needs: 'invoices.manage' },
  { href: '/tasks', label: 'nav.tasks', needs: 'tasks.work' },
  { href: '/me/offers', label: 'nav.myOffers', needs: 'tasks.work' },
  { href: '/me/terms', label: 'nav.myTerms', needs: 'tasks.work' },
  { href: '/me/pay', label: 'nav.myPay', needs: 'workers.self' },
  { href: '/centre', label: 'nav.centreBookings', needs: 'centre.book' },
  { href: '/me/calendar', label: 'nav.myCalendar', needs: 'centre.book' },
  { href: '/me/bookings', label: 'nav.myBookings', needs: 'centre.book' },
  { href: '/me/bills', label: 'nav.myBills', needs: 'centre.book' },
  { href: '/review', label: 'nav.review', needs: 'orders.review' },
  { href: '/pay', label: 'nav.pay', needs: 'pay.manage' },
  { href: '/transfers', label: 'nav.transfers', needs: 'pay.manage' },
  { href: '/portal', label: 'nav.portal', needs: 'portal.client' },
  { href: '/portal/invoices', label: 'nav.portalInvoices', needs: 'portal.client' },
  { href: '/admin/outbox', label: 'nav.outbox', needs: 'mail.outbox' },
  { href: '/settings/api-tokens', label: 'nav.apiTokens', needs: 'api.tokens' },
  { href: '/settings/money', label: 'nav.moneySettings', needs: 'money.settings' },
  { href: '/centre/sites', label: 'nav.centreSites', needs: 'centre.manage' },
  { href: '/centre/reception', label: 'nav.reception', needs: 'centre.manage' },
  { href: '/centre/tenants', label: 'nav.centreTenants', needs: 'centre.manage' },
  { href: '/centre/guests', label: 'nav.guests', needs: 'centre.manage' },
  { href: '/centre/bills', label: 'nav.centreBills', needs: 'centre.manage' },
  { href: '/tenant', label: 'nav.tenant', needs: 'tenant.self' },
  { href: '/training/courses', label: 'nav.trainingManage', needs: 'training.manage' },
  { href: '/training', label: 'nav.training', needs: 'training.take' },
  { href: '/me/training', label: 'nav.myTraining', needs: 'training.take' },
  { href: '/people/progress', label: 'nav.pathPeople', needs: 'promotions.propose' },
  { href: '/promotions', label: 'nav.promotions', needs: 'promotions.decide' },
  { href: '/exports', label: 'nav.exports', needs: 'money.settings' },
  { href: '/reports', label: 'nav.reports', needs: 'reports.view' },
  { href: '/events', label: 'events.nav.attend', needs: 'events.attend' },
  { href: '/events/manage', label: 'events.nav.manage', needs: 'events.manage' },
  { href: '/announcements', label: 'nav.announcements' },
  { href: '/teams', label: 'nav.teams', needs: 'teams.talk' },
  { href: '/messages', label: 'nav.messages', needs: 'messages.direct' },
  { href: '/me/check-in', label: 'nav.myCheckIn', needs: 'checkIns.self' },
  { href: '/check-ins', label: 'nav.checkIns', needs: 'checkIns.review' },
  { href: '/notifications', label: 'nav.notifications' },
  { href: '/me/notification-settings', label: 'nav.notificationSettings' },
];

/** The navigation a role sees: only links to pages the role may open. */
export function roleHomeLinks(role: Role): NavLink[] {
  return links.filter((link) => !link.needs || can({ id: '', role }, link.needs));
}
