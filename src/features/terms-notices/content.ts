import { z } from 'zod';
import { sha256 } from '../../auth/tokens';
import { payForWork } from '../../money/pay-for-work';
import { trainingRateYen } from '../../money/training-rate';
import type { BusinessDate } from '../availability/calendar';
import { payKinds, type PayKind } from '../breakdown/schema';
import type { MoneySettings } from '../money-settings/load-money-settings';
import { confidentialityLevels, type orders } from '../orders/schema';

const businessDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** A term as staff wrote it on the order; null when they left it empty. */
const written = z.string().nullable();
const yen = z.number().int().min(0);

/** One piece of work the notice covers: a task, or a planner offer of a package's work on one day. */
const workSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('task'),
    title: z.string(),
    packageTitle: z.string(),
    unitName: z.string(),
    units: z.number().int().min(1),
    estimateMinutes: z.number().int().min(1),
    deadline: businessDate,
    payKind: z.enum(payKinds),
    /** The rate paid: for OJT work the training rate. */
    rateYen: yen,
    /** OJT work: the task's own rate, which the training rate is a share of. */
    standardRateYen: yen.optional(),
    /** Piece pay: units × rate, as it will be paid. Hourly pay: the estimate's worth (paid for the time logged). */
    amountYen: yen,
  }),
  z.object({
    kind: z.literal('plan'),
    packageTitle: z.string(),
    unitName: z.string(),
    workDate: businessDate,
    minutes: z.number().int().min(1),
    estimatedUnits: z.number().int().min(0),
    deadline: businessDate,
    payKind: z.enum(payKinds),
    rateYen: yen,
    standardRateYen: yen.optional(),
    /** Always an estimate: what the planned time or units would pay. */
    amountYen: yen,
  }),
]);

export type TermsNoticeWork = z.infer<typeof workSchema>;

/**
 * The terms that an order's onward commission states (everything but who, when and which work):
 * a change to any of them is a change of terms that needs the worker's agreement.
 */
const termsSchema = z.object({
  workContent: written,
  deliverable: written,
  deliveryPlace: written,
  deliveryMethod: written,
  inspectionDueOn: businessDate.nullable(),
  /** How the amount is computed, in the order's words. */
  rate: written,
  /** OJT: the worker is on the team as a trainee and paid this share of each task's rate (absent otherwise, so older notices compare equal). */
  trainingRatePercent: z.number().int().min(1).max(100).optional(),
  payment: z.object({
    /** Day of the month after the close (31 = the last day); see src/money/pay-due-date.ts. */
    payDay: z.number().int().min(1).max(31),
    method: written,
  }),
  expenses: written,
  intellectualProperty: written,
  personalData: written,
  defects: written,
  confidentiality: z.enum(confidentialityLevels),
  /** 再委託: disclosed, the law allows paying within 30 days of the client's payment date. */
  subcontracting: z.object({ disclosed: z.boolean(), clientName: z.string().nullable(), text: written }),
});

/**
 * The jsonb `content` of a 取引条件明示書: every item フリーランス法 §3 and the 自営型テレワーク
 * ガイドライン require, as values. The words around them come from the message catalogue
 * (notice-sections.ts), so a notice reads in Japanese or English; the values never change.
 */
export const termsNoticeContentSchema = z.object({
  version: z.literal(1),
  /** 委託日: the day the worker accepted the work (or was told of changed terms). */
  commissionedOn: businessDate,
  /** The operator, who commissions the work and pays for it. */
  commissioner: z.object({ name: z.string(), registrationNumber: z.string().nullable(), address: z.string().nullable(), phone: z.string().nullable() }),
  worker: z.object({ name: z.string() }),
  order: z.object({ number: z.number().int(), title: z.string() }),
  works: z.array(workSchema).min(1),
  terms: termsSchema,
});

export type TermsNoticeContent = z.infer<typeof termsNoticeContentSchema>;
export type StatedTerms = TermsNoticeContent['terms'];

type OrderTerms = Pick<
  typeof orders.$inferSelect,
  | 'number'
  | 'title'
  | 'termsWorkContent'
  | 'termsDeliverable'
  | 'termsDeliveryPlace'
  | 'termsDeliveryMethod'
  | 'inspectionDueOn'
  | 'termsRate'
  | 'termsPaymentMethod'
  | 'termsExpenses'
  | 'termsIntellectualProperty'
  | 'termsPersonalData'
  | 'termsDefects'
  | 'confidentiality'
  | 'subcontractingDisclosed'
  | 'termsSubcontracting'
>;

type Pay = { payKind: PayKind; payRateYen: number };

/** The work as the database holds it, before amounts are worked out. */
export type WorkFacts =
  | (Pay & { kind: 'task'; title: string; packageTitle: string; unitName: string; units: number; estimateMinutes: number; deadline: BusinessDate })
  | (Pay & { kind: 'plan'; packageTitle: string; unitName: string; workDate: BusinessDate; minutes: number; estimatedUnits: number; deadline: BusinessDate });

export type TermsNoticeFacts = {
  commissionedOn: BusinessDate;
  settings: Pick<MoneySettings, 'issuerName' | 'issuerRegistrationNumber' | 'issuerAddress' | 'issuerPhone' | 'payDay'>;
  workerName: string;
  /** The training rate when the worker is a trainee on the order's team (OJT), else null. */
  order: OrderTerms & { clientName: string; trainingRatePercent: number | null };
  works: readonly WorkFacts[];
};

function workOf(work: WorkFacts, trainingRatePercent: number | null): TermsNoticeWork {
  const { payRateYen: standardRateYen, ...rest } = work;
  const payRateYen = trainingRateYen(standardRateYen, trainingRatePercent);
  const units = work.kind === 'task' ? work.units : work.estimatedUnits;
  const minutes = work.kind === 'task' ? work.estimateMinutes : work.minutes;
  return {
    ...rest,
    rateYen: payRateYen,
    ...(trainingRatePercent === null ? {} : { standardRateYen }),
    amountYen: payForWork({ payKind: work.payKind, payRateYen, units, minutes }),
  };
}

/** Every stated item of a notice, from the order, the operator's settings and the work accepted. */
export function buildTermsNoticeContent(facts: TermsNoticeFacts): TermsNoticeContent {
  const { order, settings } = facts;
  return {
    version: 1,
    commissionedOn: facts.commissionedOn,
    commissioner: {
      name: settings.issuerName,
      registrationNumber: settings.issuerRegistrationNumber,
      address: settings.issuerAddress,
      phone: settings.issuerPhone,
    },
    worker: { name: facts.workerName },
    order: { number: order.number, title: order.title },
    works: facts.works.map((work) => workOf(work, order.trainingRatePercent)),
    terms: {
      workContent: order.termsWorkContent,
      deliverable: order.termsDeliverable,
      deliveryPlace: order.termsDeliveryPlace,
      deliveryMethod: order.termsDeliveryMethod,
      inspectionDueOn: order.inspectionDueOn,
      rate: order.termsRate,
      ...(order.trainingRatePercent === null ? {} : { trainingRatePercent: order.trainingRatePercent }),
      payment: { payDay: settings.payDay, method: order.termsPaymentMethod },
      expenses: order.termsExpenses,
      intellectualProperty: order.termsIntellectualProperty,
      personalData: order.termsPersonalData,
      defects: order.termsDefects,
      confidentiality: order.confidentiality,
      subcontracting: {
        disclosed: order.subcontractingDisclosed,
        clientName: order.subcontractingDisclosed ? order.clientName : null,
        text: order.subcontractingDisclosed ? order.termsSubcontracting : null,
      },
    },
  };
}

/** JSON with object keys sorted at every level: the same content always gives the same text (jsonb reorders keys). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** SHA-256 of the content as issued, printed on the notice so a copy can be checked against the record. */
export function contentSha256(content: TermsNoticeContent): string {
  return sha256(canonicalJson(content));
}

/**
 * Whether two notices state the same terms (who, when and which work aside). Text is compared as
 * forms store it (NFKC: full-width brackets and digits folded), so saving the form again is no change.
 */
export function sameTerms(a: StatedTerms, b: StatedTerms): boolean {
  return canonicalJson(a).normalize('NFKC') === canonicalJson(b).normalize('NFKC');
}
