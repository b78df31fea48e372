import type { Role } from './roles';

/** Who is asking: the signed-in user as the policy sees them. */
export type Actor = { id: string; role: Role };

/**
 * What a route may demand. `public` lets anyone in, `signedIn` any signed-in user;
 * the others are capabilities granted to roles below.
 */
export type Permission = 'public' | 'signedIn' | Capability;

const grants = {
  /** Create accounts, print setup codes, list accounts. */
  'accounts.manage': ['admin', 'coordinator'],
  /** Handle 登録申込: the inbox, interview notes, accept or decline. */
  'applications.manage': ['admin', 'coordinator'],
  /** The worker registry: directory, profiles, status changes, verifying skills, CSV export. */
  'workers.manage': ['admin', 'coordinator'],
  /** See the hours the team offers, across workers (no personal details). */
  'workers.viewHours': ['admin', 'coordinator', 'director'],
  /** A worker's own profile, availability, consents and data export. */
  'workers.self': ['leader', 'worker', 'trainee'],
  /** A supporter's view of the workers linked to them with consent. */
  'supporters.self': ['supporter'],
  /** 発注者 and the sales log: the operator staff who win and manage orders. */
  'clients.manage': ['admin', 'director'],
  /** The pipeline (inquiry, quote, order and its terms), breakdown into tasks, teams, offers, progress. */
  'orders.manage': ['admin', 'director'],
  /** The planner: plan the coming days from the hours workers offer, and publish plans as offers. */
  'plans.manage': ['admin', 'director'],
  /** 検品: review handed-in work — a leader only on orders whose team they lead. */
  'orders.review': ['admin', 'director', 'leader'],
  /** Take, do and hand in tasks; log time; say "I can't work today". */
  'tasks.work': ['leader', 'worker', 'trainee'],
  /** A client's own orders: progress and accepted deliverables; its own invoices. */
  'portal.client': ['client'],
  /**
   * The telework centre's setup (sites, spaces, booking rules, closed days), reception and who is
   * in, tenant companies and their contracts, guests' identity checks, fee plans, bills and receipts.
   */
  'centre.manage': ['admin', 'coordinator'],
  /** Book the centre's spaces for oneself, see the booking grids, check in and out; one's own bills and receipts. */
  'centre.book': ['admin', 'coordinator', 'director', 'leader', 'worker', 'trainee', 'tenant', 'guest'],
  /** A tenant company's own page: its contracts, staff, their bookings and its video-meeting booth quota. */
  'tenant.self': ['tenant'],
  /** Training: courses, their sessions and materials, enrolments and waiting lists, attendance and completions. */
  'training.manage': ['admin', 'coordinator'],
  /** The course catalogue, enrolling in sessions, one's own training and the materials of courses one is enrolled in. */
  'training.take': ['director', 'leader', 'worker', 'trainee'],
  /** Propose a step up the career path for someone, and see a person's training progress. */
  'promotions.propose': ['admin', 'coordinator', 'director', 'leader'],
  /** Sign off (or decline) a proposed step up the career path: the person's role changes. */
  'promotions.decide': ['admin', 'coordinator'],
  /** Events and worker meetings (ワーカーミーティング): create, remind, mark attendance, write the report. */
  'events.manage': ['admin', 'coordinator'],
  /** See events and answer them (in person or online). */
  'events.attend': ['admin', 'coordinator', 'director', 'leader', 'worker', 'trainee'],
  /** お知らせ to everyone, a role, a site or a team — a leader only to the teams they lead. */
  'announcements.publish': ['admin', 'coordinator', 'director', 'leader'],
  /** An order's team thread (its members and the staff who run the order or look after workers) and saying hello to teammates at work. */
  'teams.talk': ['admin', 'coordinator', 'director', 'leader', 'worker', 'trainee'],
  /** Direct messages between a worker and their coordinator or leader. */
  'messages.direct': ['admin', 'coordinator', 'director', 'leader', 'worker', 'trainee'],
  /** One's own daily check-in (その日の調子), if one chooses to, and whom it is shared with. */
  'checkIns.self': ['leader', 'worker', 'trainee'],
  /** Workers' check-ins and the "may need a call" list: coordinators only (support staff), nobody else. */
  'checkIns.review': ['coordinator'],
  /** Outcome reports for the town council and the ministry (fiscal years, telework types, exports). */
  'reports.view': ['admin', 'coordinator'],
  /** Worker pay: the monthly close, adjustments, statements, bank transfer files, year-end totals. */
  'pay.manage': ['admin', 'coordinator'],
  /** 適格請求書 to clients, payments received, the overdue list. */
  'invoices.manage': ['admin', 'director'],
  /** The operator's money settings (issuer, pay day, withholding categories, transfer account) and accountant exports. */
  'money.settings': ['admin'],
  /** API tokens for clients and partner towns: issue (shown once), list, revoke. */
  'api.tokens': ['admin'],
  /** Partner towns (連携先): register them and their token, sub-contract work packages to them (再委託). */
  'partners.manage': ['admin', 'director'],
  /** The e-mail outbox: what the app sends (or would send, before SMTP is set up). */
  'mail.outbox': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof grants;

/**
 * A part of one worker's data: `profile` (contact, skills, status), `sensitive` (disability and
 * health, 要配慮個人情報), `bank` (their account) or `pay` (statements). `supporterLink` is the
 * asking supporter's active link to this worker (null when none), filled in by whoever loads it:
 * `sharesSensitive` is true only under an active `supporter_sensitive` consent for this link.
 */
export type WorkerDataRecord = {
  kind: 'workerData';
  workerId: string;
  part: 'profile' | 'sensitive' | 'bank' | 'pay';
  supporterLink?: { sharesPay: boolean; sharesSensitive: boolean } | null;
};

/** An order's review, and whether the asking user leads that order's team. */
export type OrderReviewRecord = { kind: 'orderReview'; leadsTeam: boolean };

/** Records a capability can be checked against, for decisions that depend on the record. */
export type PolicyRecord = { kind: 'account'; role: Role } | WorkerDataRecord | OrderReviewRecord;

// Roles a coordinator may create or hand a setup code to; staff roles are the admin's to give.
const rolesCoordinatorsManage: readonly Role[] = ['leader', 'worker', 'trainee', 'supporter', 'client', 'tenant', 'guest'];

/** The one answer to "may this user do this (to this record)?". */
export function can(actor: Actor | null, permission: Permission, record?: PolicyRecord): boolean {
  if (permission === 'public') return true;
  if (!actor) return false;
  if (permission !== 'signedIn' && !(grants[permission] as readonly Role[]).includes(actor.role)) return false;
  if (record?.kind === 'account') {
    return actor.role === 'admin' || rolesCoordinatorsManage.includes(record.role);
  }
  if (record?.kind === 'workerData') return mayReachWorkerData(actor, record);
  if (record?.kind === 'orderReview') return actor.role !== 'leader' || record.leadsTeam;
  return true;
}

/**
 * Disability and health data reach a linked supporter only under the worker's explicit
 * `supporter_sensitive` consent for that supporter (withdrawn with it, and with the link).
 */
export function supporterSeesSensitive(link: { sharesSensitive: boolean }): boolean {
  return link.sharesSensitive;
}

/**
 * Who reaches which part of a worker's data: the worker all of it; the operator's staff
 * (admin, coordinator) all; directors and leaders the profile basics only; a supporter the
 * profile while linked, pay and sensitive data only if the worker shares them; nobody else anything.
 */
function mayReachWorkerData(actor: Actor, record: WorkerDataRecord): boolean {
  if (actor.id === record.workerId) return true;
  switch (actor.role) {
    case 'admin':
    case 'coordinator':
      return true;
    case 'director':
    case 'leader':
      return record.part === 'profile';
    case 'supporter': {
      const link = record.supporterLink;
      if (!link) return false;
      if (record.part === 'profile') return true;
      if (record.part === 'pay') return link.sharesPay;
      if (record.part === 'sensitive') return supporterSeesSensitive(link);
      return false;
    }
    default:
      return false;
  }
}

/** Roles this actor may give to a new account. */
export function assignableRoles(actor: Actor, allRoles: readonly Role[]): Role[] {
  return allRoles.filter((role) => can(actor, 'accounts.manage', { kind: 'account', role }));
}
