import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDeps, AppEnv } from './app-env';
import { csrfProtection, loadSession } from './auth/middleware';
import { accountRoutes } from './features/accounts/routes';
import { applicationRoutes } from './features/applications/routes';
import { clientRoutes } from './features/clients/routes';
import { availabilityRoutes } from './features/availability/routes';
import { directoryRoutes } from './features/directory/routes';
import { healthRoutes } from './features/health/routes';
import { homeRoutes } from './features/home/routes';
import { languageRoutes } from './features/language/routes';
import { supporterRoutes } from './features/supporters/routes';
import { workerRoutes } from './features/workers/routes';
import { maxUploadBodyBytes } from './files/limits';
import { orderRoutes } from './features/orders/routes';
import { breakdownRoutes } from './features/breakdown/routes';
import { taskRoutes } from './features/tasks/routes';
import { reviewRoutes } from './features/review/routes';
import { portalRoutes } from './features/portal/routes';
import { notificationRoutes } from './features/notifications/routes';
import { plannerRoutes } from './features/planner/routes';
import { centreRoutes } from './features/centre/routes';
import { bookingRoutes } from './features/bookings/routes';
import { calendarFeedRoutes } from './features/calendar-feeds/routes';
import { withoutFeedToken } from './features/calendar-feeds/feed-path';
import { checkInRoutes } from './features/check-in/routes';
import { tenantRoutes } from './features/tenants/routes';
import { guestRoutes } from './features/guests/routes';
import { centreFeeRoutes } from './features/centre-fees/routes';
import { assessmentRoutes } from './features/training/assessment-routes';
import { trainingRoutes } from './features/training/routes';
import { eventRoutes } from './features/events/routes';
import { promotionRoutes } from './features/promotions/routes';
import { reportRoutes } from './features/reports/routes';
import { termsNoticeRoutes } from './features/terms-notices/routes';
import { payRoutes } from './features/pay/routes';
import { transferRoutes } from './features/transfers/routes';
import { invoiceRoutes } from './features/invoices/routes';
import { moneySettingsRoutes } from './features/money-settings/routes';
import { mailRoutes } from './features/mail/routes';
import { announcementRoutes } from './features/announcements/routes';
import { teamTalkRoutes } from './features/team-talk/routes';
import { dailyCheckInRoutes } from './features/daily-check-ins/routes';
import { presenceRoutes } from './features/presence/routes';
import { directMessageRoutes } from './features/direct-messages/routes';
import { apiTokenRoutes } from './features/api-tokens/routes';
import { apiRoutes } from './api/routes';
import { partnerRoutes } from './features/partners/routes';
import { problemResponse } from './api/problem';
import { staticRoutes } from './ui/static-routes';
import { renderErrorPage } from './ui/error-pages';
import { translator } from './ui/i18n';
import { chooseLocale } from './ui/locale';

/** The whole web app: middleware first, then one router per feature. */
export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.use(requestId());
  app.use(async (c, next) => {
    c.set('deps', deps);
    // Defaults, so even an error before the locale is chosen renders a page.
    c.set('locale', 'ja');
    c.set('t', translator('ja'));
    c.set('user', null);
    c.set('csrfToken', '');
    const started = performance.now();
    await next();
    deps.logger.info(
      {
        requestId: c.var.requestId,
        method: c.req.method,
        path: withoutFeedToken(c.req.path),
        status: c.res.status,
        ms: Math.round(performance.now() - started),
        userId: c.var.user?.id,
      },
      'request',
    );
  });
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
      },
      referrerPolicy: 'same-origin',
      permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
    }),
  );
  // Forms with files may carry several; everything else stays small.
  const smallBody = bodyLimit({ maxSize: 1024 * 1024, onError: (c) => renderErrorPage(c, 'tooLarge') });
  const uploadBody = bodyLimit({ maxSize: maxUploadBodyBytes, onError: (c) => renderErrorPage(c, 'tooLarge') });
  app.use((c, next) => (c.req.header('content-type')?.startsWith('multipart/form-data') ? uploadBody(c, next) : smallBody(c, next)));
  app.use(loadSession);
  app.use(chooseLocale);
  app.use(csrfProtection);

  app.route('/', staticRoutes);
  app.route('/', healthRoutes);
  app.route('/', languageRoutes);
  app.route('/', homeRoutes);
  app.route('/', accountRoutes);
  app.route('/', applicationRoutes);
  app.route('/', availabilityRoutes);
  app.route('/', workerRoutes);
  app.route('/', directoryRoutes);
  app.route('/', supporterRoutes);
  app.route('/', clientRoutes);
  app.route('/', orderRoutes);
  app.route('/', breakdownRoutes);
  app.route('/', taskRoutes);
  app.route('/', reviewRoutes);
  app.route('/', portalRoutes);
  app.route('/', notificationRoutes);
  app.route('/', plannerRoutes);
  app.route('/', centreRoutes);
  app.route('/', bookingRoutes);
  app.route('/', calendarFeedRoutes);
  app.route('/', checkInRoutes);
  app.route('/', tenantRoutes);
  app.route('/', guestRoutes);
  app.route('/', centreFeeRoutes);
  app.route('/', trainingRoutes);
  app.route('/', assessmentRoutes);
  app.route('/', eventRoutes);
  app.route('/', promotionRoutes);
  app.route('/', reportRoutes);
  app.route('/', termsNoticeRoutes);
  app.route('/', payRoutes);
  app.route('/', transferRoutes);
  app.route('/', invoiceRoutes);
  app.route('/', moneySettingsRoutes);
  app.route('/', mailRoutes);
  app.route('/', announcementRoutes);
  app.route('/', teamTalkRoutes);
  app.route('/', dailyCheckInRoutes);
  app.route('/', presenceRoutes);
  app.route('/', directMessageRoutes);
  app.route('/', apiTokenRoutes);
  app.route('/', partnerRoutes);
  app.route('/', apiRoutes);

  // The API answers in problem+json, the pages with a page.
  const isApi = (c: { req: { path: string } }) => c.req.path.startsWith('/api/v1/');
  app.notFound((c) => (isApi(c) ? problemResponse(c, 404, 'api.error.notFound') : renderErrorPage(c, 'notFound')));
  app.onError((error, c) => {
    deps.logger.error({ requestId: c.var.requestId, err: error }, 'unhandled error');
    return isApi(c) ? problemResponse(c, 500, 'api.error.server') : renderErrorPage(c, 'serverError');
  });
  return app;
}

export type App = ReturnType<typeof createApp>;
