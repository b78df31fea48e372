import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import { seal } from '../../crypto/sealed-box';
import type { Db } from '../../db/client';
import type { FieldErrors } from '../../ui/form';
import { clients } from '../clients/schema';
import { partners } from './schema';
import type { PartnerInput } from './validation';

/**
 * Registers a partner town: the token it issued to us, if it has yet, is sealed (never shown again), and the
 * client record standing for it when it sends us work is an existing client or a new active one
 * named after the town. Returns the partner's id, or field problems.
 */
export async function registerPartner(db: Db, key: Buffer, actorId: string, input: PartnerInput): Promise<{ ok: true; id: string } | { ok: false; errors: FieldErrors }> {
  return db.transaction(async (tx) => {
    let clientId: string;
    if (input.clientId === 'new') {
      const [client] = await tx.insert(clients).values({ name: input.name, status: 'active', createdBy: actorId }).returning({ id: clients.id });
      clientId = client!.id;
    } else {
      const [client] = z.uuid().safeParse(input.clientId).success ? await tx.select({ id: clients.id }).from(clients).where(eq(clients.id, input.clientId)) : [];
      if (!client) return { ok: false, errors: { clientId: 'partners.error.chooseClient' } } as const;
      clientId = client.id;
    }
    const [partner] = await tx
      .insert(partners)
      .values({ name: input.name, baseUrl: input.baseUrl, theirTokenSealed: input.theirToken ? seal(key, input.theirToken) : null, clientId, createdBy: actorId })
      .returning({ id: partners.id });
    await recordAudit(tx, { actorId, action: 'partners.register', detail: { partnerId: partner!.id, name: input.name } });
    return { ok: true, id: partner!.id } as const;
  });
}
