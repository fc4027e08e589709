import { randomBytes } from 'node:crypto';
import { inList } from '../../db/in-list.js';
import { insertMany } from '../../db/insert-many.js';
import { formatTimestamp, now } from '../../time.js';
import { send, signature } from './sender.js';
/** Most events in one batched request. */
export const MAX_BATCH = 100;
const DISPATCH_BATCH = 500;
const PRUNE_EVERY_MS = 10 * 60_000;
const PRUNE_BATCH = 5_000;
const truthy = (value) => value === true || value === 1 || value === 1n;
export class Dispatcher {
    options;
    holder = randomBytes(8).toString('hex');
    inFlight = new Set();
    stopped = true;
    loopDone = Promise.resolve();
    wake;
    concurrency;
    pollMs;
    leaseMs;
    constructor(options) {
        this.options = options;
        this.concurrency = options.concurrency ?? 8;
        this.pollMs = options.pollMs ?? 200;
        this.leaseMs = options.leaseMs ?? options.timeoutMs + 7_000;
    }
    start() {
        if (!this.stopped)
            return;
        this.stopped = false;
        this.loopDone = this.loop();
    }
    /** Stops claiming, waits for the attempts in flight (each ends within the timeout) and their outcomes. */
    async stop() {
        this.stopped = true;
        this.wake?.();
        await this.loopDone;
        await Promise.allSettled([...this.inFlight]);
    }
    /** Asks for a run now rather than at the next poll (after a write recorded events). */
    nudge() {
        this.wake?.();
    }
    lastPrune = 0;
    async loop() {
        while (!this.stopped) {
            let busy = false;
            try {
                if (Date.now() - this.lastPrune > PRUNE_EVERY_MS) {
                    this.lastPrune = Date.now();
                    await this.prune();
                }
                busy = (await this.dispatch()) > 0;
                const free = this.concurrency - this.inFlight.size;
                if (free > 0) {
                    const claimed = await this.claim(free);
                    for (const delivery of claimed)
                        this.launch(delivery);
                    busy ||= claimed.length === free;
                }
            }
            catch (error) {
                if (!this.stopped)
                    this.options.log.warn({ err: error }, 'webhook dispatcher: run failed, retrying');
            }
            if (this.stopped)
                break;
            if (!busy || this.inFlight.size >= this.concurrency)
                await this.pause();
        }
    }
    pause() {
        return new Promise((resolve) => {
            const timer = setTimeout(done, this.pollMs);
            function done() {
                clearTimeout(timer);
                resolve();
            }
            this.wake = () => {
                this.wake = undefined;
                done();
            };
        });
    }
    launch(delivery) {
        const attempt = this.attempt(delivery)
            .catch((error) => this.options.log.warn({ err: error, delivery: delivery.id }, 'webhook delivery: could not record the outcome'))
            .finally(() => {
            this.inFlight.delete(attempt);
            this.wake?.();
        });
        this.inFlight.add(attempt);
    }
    /** Makes the deliveries of the events not yet dispatched; answers how many events it took. */
    async dispatch() {
        const { db, dialect, newId } = this.options;
        return db.transaction().execute(async (trx) => {
            let pending = trx.selectFrom('events').select(['id', 'account_id', 'type']).where('dispatched', '=', false).orderBy('id').limit(DISPATCH_BATCH);
            if (dialect === 'postgres')
                pending = pending.forUpdate().skipLocked();
            const events = (await pending.execute()).map((e) => ({ id: String(e.id), account_id: String(e.account_id), type: e.type }));
            if (events.length === 0)
                return 0;
            const accounts = [...new Set(events.map((e) => e.account_id))];
            const webhooks = (await trx
                .selectFrom('webhooks')
                .select(['id', 'account_id', 'events', 'batchable'])
                .where(inList(trx, 'account_id', accounts))
                .where('enabled', '=', true)
                .orderBy('id')
                .execute()).map((w) => ({ id: String(w.id), account_id: String(w.account_id), events: new Set(JSON.parse(w.events)), batchable: truthy(w.batchable) }));
            const nowMs = Date.now();
            const timestamp = now();
            const deliveries = [];
            const links = [];
            const newDelivery = (webhook, eventIds, batch) => {
                const id = newId();
                deliveries.push({
                    id,
                    account_id: webhook.account_id,
                    webhook_id: webhook.id,
                    status: 'pending',
                    attempts: 0,
                    event_count: eventIds.length,
                    batch_open: batch,
                    next_attempt_at: batch ? nowMs + this.options.batchWindowMs : nowMs,
                    lease_until: 0,
                    created_at: timestamp,
                    updated_at: timestamp,
                });
                for (const eventId of eventIds)
                    links.push({ delivery_id: id, event_id: eventId, account_id: webhook.account_id });
            };
            for (const webhook of webhooks) {
                const mine = events.filter((e) => e.account_id === webhook.account_id && webhook.events.has(e.type)).map((e) => e.id);
                if (mine.length === 0)
                    continue;
                if (!webhook.batchable) {
                    for (const eventId of mine)
                        newDelivery(webhook, [eventId], false);
                    continue;
                }
                // A batch still open for this webhook takes what fits; the row is locked by the update, so a process
                // claiming it at the same moment either sees these events or closes the batch first (then: a new one).
                let rest = mine;
                const open = await trx
                    .selectFrom('webhook_deliveries')
                    .select(['id', 'event_count'])
                    .where('webhook_id', '=', webhook.id)
                    .where('status', '=', 'pending')
                    .where('batch_open', '=', true)
                    .orderBy('id', 'desc')
                    .executeTakeFirst();
                if (open !== undefined && Number(open.event_count) < MAX_BATCH) {
                    const take = rest.slice(0, MAX_BATCH - Number(open.event_count));
                    const locked = await trx
                        .updateTable('webhook_deliveries')
                        .set((eb) => ({ event_count: eb('event_count', '+', take.length), updated_at: timestamp }))
                        .where('id', '=', String(open.id))
                        .where('batch_open', '=', true)
                        .returning('id')
                        .executeTakeFirst();
                    if (locked !== undefined) {
                        for (const eventId of take)
                            links.push({ delivery_id: String(open.id), event_id: eventId, account_id: webhook.account_id });
                        rest = rest.slice(take.length);
                    }
                }
                for (let i = 0; i < rest.length; i += MAX_BATCH)
                    newDelivery(webhook, rest.slice(i, i + MAX_BATCH), true);
            }
            await insertMany(trx, 'webhook_deliveries', deliveries);
            await insertMany(trx, 'delivery_events', links);
            await trx.updateTable('events').set({ dispatched: true }).where(inList(trx, 'id', events.map((e) => e.id))).execute();
            return events.length;
        });
    }
    /** Removes what is older than the retention and done with, a bounded batch per table and run. */
    async prune() {
        const { db } = this.options;
        const cutoff = formatTimestamp(new Date(Date.now() - this.options.retentionMs));
        const old = db.selectFrom('webhook_deliveries').select('id').where('status', '!=', 'pending').where('created_at', '<', cutoff).limit(PRUNE_BATCH);
        await db.deleteFrom('webhook_deliveries').where('id', 'in', old).execute();
        const unneeded = db
            .selectFrom('events')
            .select('id')
            .where('dispatched', '=', true)
            .where('created_at', '<', cutoff)
            .where(({ not, exists, selectFrom }) => not(exists(selectFrom('delivery_events').select('event_id').whereRef('delivery_events.event_id', '=', 'events.id'))))
            .limit(PRUNE_BATCH);
        await db.deleteFrom('events').where('id', 'in', unneeded).execute();
    }
    /** Leases up to `limit` due deliveries to this process. */
    async claim(limit) {
        const { db, dialect } = this.options;
        const nowMs = Date.now();
        let due = db
            .selectFrom('webhook_deliveries')
            .select('id')
            .where('status', '=', 'pending')
            .where('next_attempt_at', '<=', nowMs)
            .where('lease_until', '<', nowMs)
            .orderBy('next_attempt_at')
            .limit(limit);
        if (dialect === 'postgres')
            due = due.forUpdate().skipLocked();
        const rows = await db
            .updateTable('webhook_deliveries')
            .set({ lease_until: nowMs + this.leaseMs, leased_by: this.holder, batch_open: false })
            .where('id', 'in', due)
            // Checked again on the row itself: a process that waited for another's lock sees the lease it took.
            .where('status', '=', 'pending')
            .where('lease_until', '<', nowMs)
            .returning(['id', 'account_id', 'webhook_id', 'attempts'])
            .execute();
        return rows.map((r) => ({ id: String(r.id), account_id: String(r.account_id), webhook_id: String(r.webhook_id), attempts: Number(r.attempts) }));
    }
    async attempt(delivery) {
        const { db } = this.options;
        const webhook = await db.selectFrom('webhooks').select(['url', 'secret', 'enabled', 'batchable']).where('id', '=', delivery.webhook_id).executeTakeFirst();
        if (webhook === undefined)
            return; // deleted meanwhile: its deliveries went with it
        if (!truthy(webhook.enabled)) {
            await this.finish(delivery, { status: null, error: 'webhook disabled', latencyMs: 0 }, false);
            return;
        }
        const events = await eventsOfDelivery(db, delivery.id);
        const body = renderBody(events, delivery.webhook_id, truthy(webhook.batchable));
        const result = await send(webhook.url, body, { signature: signature(body, webhook.secret), 'user-agent': 'Cartline-Webhooks/1', 'x-cartline-delivery': delivery.id }, { timeoutMs: this.options.timeoutMs, denyPrivate: this.options.denyPrivate });
        await this.finish(delivery, result, true);
    }
    /** Writes an attempt's outcome, if this process still holds the delivery's lease. */
    async finish(delivery, result, attempted) {
        const { db, newId, retryDelays, disableAfterMs } = this.options;
        const nowMs = Date.now();
        const timestamp = now();
        const attempts = delivery.attempts + (attempted ? 1 : 0);
        const delivered = result.error === null;
        const retryIn = retryDelays[attempts - 1];
        await db.transaction().execute(async (trx) => {
            const updated = await trx
                .updateTable('webhook_deliveries')
                .set({
                attempts,
                lease_until: 0,
                leased_by: null,
                updated_at: timestamp,
                ...(delivered
                    ? { status: 'delivered', delivered_at: timestamp }
                    : attempted && retryIn !== undefined
                        ? { next_attempt_at: nowMs + retryIn * 1000 }
                        : { status: 'failed' }),
            })
                .where('id', '=', delivery.id)
                .where('leased_by', '=', this.holder)
                .returning('id')
                .executeTakeFirst();
            if (updated === undefined || !attempted)
                return;
            await trx
                .insertInto('webhook_attempts')
                .values({
                id: newId(),
                account_id: delivery.account_id,
                webhook_id: delivery.webhook_id,
                delivery_id: delivery.id,
                attempted_at: timestamp,
                status_code: result.status,
                latency_ms: result.latencyMs,
                error: result.error,
            })
                .execute();
            if (delivered) {
                await trx.updateTable('webhooks').set({ failing_since: null }).where('id', '=', delivery.webhook_id).where('failing_since', 'is not', null).execute();
                return;
            }
            await trx
                .updateTable('webhooks')
                .set({ failing_since: nowMs })
                .where('id', '=', delivery.webhook_id)
                .where('failing_since', 'is', null)
                .execute();
            const disabled = await trx
                .updateTable('webhooks')
                .set({ enabled: false, updated_at: timestamp })
                .where('id', '=', delivery.webhook_id)
                .where('enabled', '=', true)
                .where('failing_since', '<=', nowMs - disableAfterMs)
                .returning('id')
                .executeTakeFirst();
            if (disabled !== undefined)
                this.options.log.warn({ webhook: delivery.webhook_id }, 'webhook disabled: its deliveries have failed without a break for too long');
        });
    }
}
export async function eventsOfDelivery(db, deliveryId) {
    const rows = await db
        .selectFrom('delivery_events as de')
        .innerJoin('events as e', 'e.id', 'de.event_id')
        .select(['e.id', 'e.type', 'e.created_at', 'e.account_id', 'e.shop_id', 'e.data'])
        .where('de.delivery_id', '=', deliveryId)
        .orderBy('e.id')
        .execute();
    return rows.map((r) => ({ id: String(r.id), type: r.type, created_at: r.created_at, account_id: String(r.account_id), shop_id: r.shop_id === null ? null : String(r.shop_id), data: r.data }));
}
/** One event as delivered: the stored `data` is spliced in as it was written, never parsed and re-encoded. */
export function renderEvent(event, webhookId) {
    return (`{"id":${JSON.stringify(event.id)},"type":${JSON.stringify(event.type)},"created_at":${JSON.stringify(event.created_at)},` +
        `"account_id":${JSON.stringify(event.account_id)},"shop_id":${event.shop_id === null ? 'null' : JSON.stringify(event.shop_id)},` +
        `"webhook_id":${JSON.stringify(webhookId)},"data":${event.data}}`);
}
/** A batchable webhook receives `{"events": [...]}`; another one event per request, as the event itself. */
export function renderBody(events, webhookId, batchable) {
    if (!batchable && events.length === 1)
        return renderEvent(events[0], webhookId);
    return `{"events":[${events.map((e) => renderEvent(e, webhookId)).join(',')}]}`;
}
//# sourceMappingURL=dispatcher.js.map