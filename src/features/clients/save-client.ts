import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { isUniqueViolation } from '../../db/unique-violation';
import { clients } from './schema';
import type { ClientInput } from './validation';

export type SaveClientResult = { ok: true; id: string } | { ok: false; reason: 'corporateNumberTaken' | 'notFound' };

/** Adds a client (id omitted) or changes one; the unique index decides a 法人番号 already on file. */
export async function saveClient(db: Db, actorId: string, input: ClientInput, id?: string): Promise<SaveClientResult> {
  try {
    if (!id) {
      const [row] = await db.insert(clients).values({ ...input, createdBy: actorId }).returning({ id: clients.id });
      return { ok: true, id: row!.id };
    }
    const [row] = await db.update(clients).set(input).where(eq(clients.id, id)).returning({ id: clients.id });
    return row ? { ok: true, id: row.id } : { ok: false, reason: 'notFound' };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: 'corporateNumberTaken' };
    throw error;
  }
}
