import { z } from 'zod';
import type { AppContext } from '../app-env';
import type { MessageKey } from './i18n';

const uuid = z.uuid();

/** A path parameter that must be a UUID, or undefined when it is not (the route then answers 404). */
export function uuidParam(c: AppContext, name: string): string | undefined {
  const id = uuid.safeParse(c.req.param(name));
  return id.success ? id.data : undefined;
}

/** The notice for a `?done=` after a redirect, when it is one the page knows (anything else shows nothing). */
export function doneNotice(c: AppContext, notices: Readonly<Record<string, MessageKey>>): string | undefined {
  const done = c.req.query('done');
  return done && Object.hasOwn(notices, done) ? c.var.t(notices[done]!) : undefined;
}
