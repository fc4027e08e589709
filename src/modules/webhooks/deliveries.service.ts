import type { IdGenerator } from '../../db/ids.js';
import { parseId } from '../../db/ids.js';
import { inList } from '../../db/in-list.js';
import type { Database, Executor } from '../../db/schema.js';
import { NotFoundError } from '../../http/errors.js';
import { formatTimestamp, now } from '../../time.js';
import { getWebhook } from './webhooks.service.js';
import type { Delivery } from './webhooks.schemas.js';

// The deliveries log of a webhook (Cartline's own: GET /api/cartline/webhooks/:id/deliveries), newest first,
// each with its events and every attempt, and redelivery: a new delivery of the same events, due now.

export async function countDeliveries(db: Executor, accountId: string, rawWebhookId: string): Promise<number> {
  const webhook = await getWebhook(db, accountId, rawWebhookId);
  const row = await db.selectFrom('webhook_deliveries').select((eb) => eb.fn.countAll().as('n')).where('webhook_id', '=', webhook.id).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listDeliveries(db: Executor, accountId: string, rawWebhookId: string, offset: number, limit: number): Promise<Delivery[]> {
  const webhook = await getWebhook(db, accountId, rawWebhookId);
  const rows = await db
    .selectFrom('webhook_deliveries')
    .select(['id', 'webhook_id', 'status', 'next_attempt_at', 'delivered_at', 'created_at'])
    .where('webhook_id', '=', webhook.id)
    .orderBy('id', 'desc')
    .offset(offset)
    .limit(limit)
    .execute();
  return toDeliveries(db, rows);
}

type DeliveryRow = { id: string | bigint; webhook_id: string | bigint; status: Delivery['status']; next_attempt_at: string | number | bigint; delivered_at: string | null; created_at: string };

async function toDeliveries(db: Executor, rows: DeliveryRow[]): Promise<Delivery[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => String(r.id));
  const [events, attempts] = await Promise.all([
    db
      .selectFrom('delivery_events as de')
      .innerJoin('events as e', 'e.id', 'de.event_id')
      .select(['de.delivery_id', 'e.id', 'e.type'])
      .where(inList(db, 'de.delivery_id', ids))
      .orderBy('e.id')
      .execute(),
    db
      .selectFrom('webhook_attempts')
      .select(['delivery_id', 'attempted_at', 'status_code', 'latency_ms', 'error'])
      .where(inList(db, 'delivery_id', ids))
      .orderBy('id')
      .execute(),
  ]);
  return rows.map((row) => {
    const id = String(row.id);
    const mine = events.filter((e) => String(e.delivery_id) === id);
    return {
      id,
      webhook_id: String(row.webhook_id),
      status: row.status,
      event_ids: mine.map((e) => String(e.id)),
      event_types: mine.map((e) => e.type),
      attempts: attempts
        .filter((a) => String(a.delivery_id) === id)
        .map((a) => ({ attempted_at: a.attempted_at, status_code: a.status_code === null ? null : Number(a.status_code), latency_ms: Number(a.latency_ms), error: a.error })),
      next_attempt_at: row.status === 'pending' ? formatTimestamp(new Date(Number(row.next_attempt_at))) : null,
      delivered_at: row.delivered_at,
      created_at: row.created_at,
    };
  });
}

/** Sends the events of one of the webhook's deliveries again, as a new delivery due now. */
export async function redeliver(db: Database, newId: IdGenerator, accountId: string, rawWebhookId: string, rawDeliveryId: string): Promise<Delivery> {
  const webhook = await getWebhook(db, accountId, rawWebhookId);
  const deliveryId = parseId(rawDeliveryId);
  const id = newId();
  const row = await db.transaction().execute(async (trx) => {
    const original = deliveryId === null ? undefined : await trx.selectFrom('webhook_deliveries').select('id').where('id', '=', deliveryId).where('webhook_id', '=', webhook.id).executeTakeFirst();
    if (original === undefined) throw new NotFoundError();
    const eventIds = (await trx.selectFrom('delivery_events').select('event_id').where('delivery_id', '=', deliveryId!).orderBy('event_id').execute()).map((e) => String(e.event_id));
    const timestamp = now();
    const delivery = {
      id,
      account_id: accountId,
      webhook_id: webhook.id,
      status: 'pending' as const,
      attempts: 0,
      event_count: eventIds.length,
      batch_open: false,
      next_attempt_at: Date.now(),
      lease_until: 0,
      created_at: timestamp,
      updated_at: timestamp,
    };
    await trx.insertInto('webhook_deliveries').values(delivery).execute();
    if (eventIds.length > 0) await trx.insertInto('delivery_events').values(eventIds.map((event_id) => ({ delivery_id: id, event_id, account_id: accountId }))).execute();
    return { ...delivery, delivered_at: null };
  });
  const [delivery] = await toDeliveries(db, [row]);
  return delivery!;
}
