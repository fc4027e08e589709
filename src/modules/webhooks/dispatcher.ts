import { randomBytes } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { IdGenerator } from '../../db/ids.js';
import { inList } from '../../db/in-list.js';
import { insertMany } from '../../db/insert-many.js';
import type { Database, Executor } from '../../db/schema.js';
import { formatTimestamp, now } from '../../time.js';
import { send, signature, type SendResult } from './sender.js';

// Delivery of the outbox (src/modules/events/outbox.ts), outside request handling, in every process that serves:
//
// 1. Dispatch: the events not yet dispatched become deliveries, one per subscribed, enabled webhook; a batchable
//    webhook's events of one window join one delivery. One transaction per run; on PostgreSQL the events are
//    taken `for update skip locked`, so that two processes never dispatch the same event.
// 2. Claim: due deliveries are leased (lease_until moved forward, one conditional UPDATE), so that each attempt is
//    made by exactly one process; a process that dies holding a lease only delays that delivery until it expires.
// 3. Send, at most `concurrency` at once per process, each cut at the timeout. The claimed deliveries' webhooks and
//    events are read together, once per claim.
// 4. Record: the outcomes of the attempts that ended since the last run, in one transaction: delivered, or the
//    next attempt scheduled after the next retry delay, or failed after the last one. A webhook whose deliveries
//    have failed without a break for `disableAfterMs` is disabled, as MailerLite does after 3 days.
// Reading and recording per delivery (a transaction of four statements each) cost ~0.8 ms of the server's CPU per
// delivery on SQLite, 4.7 ms a POST order with 3 webhooks subscribed (npm run bench -- --only webhooks).

export interface DispatcherOptions {
  db: Database;
  dialect: 'sqlite' | 'postgres';
  newId: IdGenerator;
  log: FastifyBaseLogger;
  /** Seconds to wait after the 1st, 2nd, ... failed attempt; as many retries as delays. */
  retryDelays: readonly number[];
  batchWindowMs: number;
  timeoutMs: number;
  denyPrivate: boolean;
  disableAfterMs: number;
  concurrency?: number;
  pollMs?: number;
  /** Lease on a claimed delivery: longer than any attempt can take. */
  leaseMs?: number;
  /** Delivered or failed deliveries, and dispatched events no delivery needs, are removed after this long. */
  retentionMs: number;
}

/** Most events in one batched request. */
export const MAX_BATCH = 100;
const DISPATCH_BATCH = 500;
/** After a write's nudge, the run waits this long for more events, so that it dispatches them together. */
const NUDGE_MS = 50;
/** After an attempt ends, while others are under way: the run waits this long for more to end, and records them together. */
const COLLECT_MS = 50;
const PRUNE_EVERY_MS = 10 * 60_000;
const PRUNE_BATCH = 5_000;

interface Claimed {
  id: string;
  account_id: string;
  webhook_id: string;
  attempts: number;
}

interface Target {
  url: string;
  secret: string;
  enabled: boolean;
  batchable: boolean;
}

/** An attempt that ended (or was not made: `attempted` false), waiting to be recorded. */
interface Outcome {
  delivery: Claimed;
  result: SendResult;
  attempted: boolean;
}

const truthy = (value: unknown) => value === true || value === 1 || value === 1n;

export class Dispatcher {
  private readonly holder = randomBytes(8).toString('hex');
  /** Attempts this process made, by outcome (GET /metrics). */
  readonly outcomes = { delivered: 0, failed: 0 };
  private readonly inFlight = new Set<Promise<void>>();
  /** Outcomes not yet recorded (record). */
  private finished: Outcome[] = [];
  private stopped = true;
  private loopDone: Promise<void> = Promise.resolve();
  private wake: (() => void) | undefined;
  private soonTimer: NodeJS.Timeout | undefined;
  private roused = false;
  private readonly concurrency: number;
  private readonly pollMs: number;
  private readonly leaseMs: number;

  constructor(private readonly options: DispatcherOptions) {
    this.concurrency = options.concurrency ?? 32;
    this.pollMs = options.pollMs ?? 200;
    this.leaseMs = options.leaseMs ?? options.timeoutMs + 7_000;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.loopDone = this.loop();
  }

  /** Stops claiming, waits for the attempts in flight (each ends within the timeout) and their outcomes. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.soonTimer);
    this.soonTimer = undefined;
    this.wake?.();
    await this.loopDone;
    await Promise.allSettled([...this.inFlight]);
    await this.recordFinished().catch((error: unknown) => this.options.log.warn({ err: error }, 'webhook delivery: could not record the outcomes'));
  }

  /** Asks for a run soon rather than at the next poll (after a write recorded events). */
  nudge(): void {
    this.soon(NUDGE_MS);
  }

  /** A run in `ms`, unless one is due sooner already. */
  private soon(ms: number): void {
    if (this.soonTimer !== undefined || this.stopped) return;
    this.soonTimer = setTimeout(() => {
      this.soonTimer = undefined;
      this.rouse();
    }, ms);
  }

  private lastPrune = 0;

  private async loop(): Promise<void> {
    while (!this.stopped) {
      let busy = false;
      try {
        if (Date.now() - this.lastPrune > PRUNE_EVERY_MS) {
          this.lastPrune = Date.now();
          await this.prune();
        }
        await this.recordFinished();
        busy = (await this.dispatch()) > 0;
        const free = this.concurrency - this.inFlight.size;
        if (free > 0) {
          const claimed = await this.claim(free);
          if (claimed.length > 0) {
            const { targets, events } = await this.prepare(claimed);
            for (const delivery of claimed) this.launch(delivery, targets.get(delivery.webhook_id), events.get(delivery.id) ?? []);
          }
          busy ||= claimed.length === free;
        }
      } catch (error) {
        if (!this.stopped) this.options.log.warn({ err: error }, 'webhook dispatcher: run failed, retrying');
      }
      if (this.stopped) break;
      if (!busy || this.inFlight.size >= this.concurrency) await this.pause();
    }
  }

  /** Wakes the loop: at once if it is pausing, else its next pause ends at once (the run under way may have missed it). */
  private rouse(): void {
    if (this.wake !== undefined) this.wake();
    else this.roused = true;
  }

  private pause(): Promise<void> {
    if (this.roused) {
      this.roused = false;
      return Promise.resolve();
    }
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

  private launch(delivery: Claimed, target: Target | undefined, events: StoredEvent[]): void {
    const attempt: Promise<void> = this.attempt(delivery, target, events)
      .then((outcome) => {
        if (outcome !== undefined) this.finished.push(outcome);
      })
      .catch((error: unknown) => this.options.log.warn({ err: error, delivery: delivery.id }, 'webhook delivery: attempt failed'))
      .finally(() => {
        this.inFlight.delete(attempt);
        // The last one under way: a run now; else soon, with the others that end meanwhile.
        if (this.inFlight.size === 0) this.rouse();
        else this.soon(COLLECT_MS);
      });
    this.inFlight.add(attempt);
  }

  /** Makes the deliveries of the events not yet dispatched; answers how many events it took. */
  async dispatch(): Promise<number> {
    const { db, dialect, newId } = this.options;
    return db.transaction().execute(async (trx) => {
      let pending = trx.selectFrom('events').select(['id', 'account_id', 'type']).where('dispatched', '=', false).orderBy('id').limit(DISPATCH_BATCH);
      if (dialect === 'postgres') pending = pending.forUpdate().skipLocked();
      const events = (await pending.execute()).map((e) => ({ id: String(e.id), account_id: String(e.account_id), type: e.type }));
      if (events.length === 0) return 0;
      const accounts = [...new Set(events.map((e) => e.account_id))];
      const webhooks = (
        await trx
          .selectFrom('webhooks')
          .select(['id', 'account_id', 'events', 'batchable'])
          .where(inList(trx, 'account_id', accounts))
          .where('enabled', '=', true)
          .orderBy('id')
          .execute()
      ).map((w) => ({ id: String(w.id), account_id: String(w.account_id), events: new Set(JSON.parse(w.events) as string[]), batchable: truthy(w.batchable) }));

      const nowMs = Date.now();
      const timestamp = now();
      const deliveries: Array<Parameters<typeof insertMany<'webhook_deliveries'>>[2][number]> = [];
      const links: Array<{ delivery_id: string; event_id: string; account_id: string }> = [];
      const newDelivery = (webhook: (typeof webhooks)[number], eventIds: string[], batch: boolean) => {
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
        for (const eventId of eventIds) links.push({ delivery_id: id, event_id: eventId, account_id: webhook.account_id });
      };

      for (const webhook of webhooks) {
        const mine = events.filter((e) => e.account_id === webhook.account_id && webhook.events.has(e.type)).map((e) => e.id);
        if (mine.length === 0) continue;
        if (!webhook.batchable) {
          for (const eventId of mine) newDelivery(webhook, [eventId], false);
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
            for (const eventId of take) links.push({ delivery_id: String(open.id), event_id: eventId, account_id: webhook.account_id });
            rest = rest.slice(take.length);
          }
        }
        for (let i = 0; i < rest.length; i += MAX_BATCH) newDelivery(webhook, rest.slice(i, i + MAX_BATCH), true);
      }

      await insertMany(trx, 'webhook_deliveries', deliveries);
      await insertMany(trx, 'delivery_events', links);
      await trx.updateTable('events').set({ dispatched: true }).where(inList(trx, 'id', events.map((e) => e.id))).execute();
      return events.length;
    });
  }

  /** Removes what is older than the retention and done with, a bounded batch per table and run. */
  async prune(): Promise<void> {
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
  async claim(limit: number): Promise<Claimed[]> {
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
    if (dialect === 'postgres') due = due.forUpdate().skipLocked();
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

  /** The claimed deliveries' webhooks (by id; a deleted one is missing: its deliveries went with it) and events. */
  private async prepare(claimed: Claimed[]): Promise<{ targets: Map<string, Target>; events: Map<string, StoredEvent[]> }> {
    const { db } = this.options;
    const rows = await db
      .selectFrom('webhooks')
      .select(['id', 'url', 'secret', 'enabled', 'batchable'])
      .where(inList(db, 'id', [...new Set(claimed.map((delivery) => delivery.webhook_id))]))
      .execute();
    const targets = new Map(rows.map((row) => [String(row.id), { url: row.url, secret: row.secret, enabled: truthy(row.enabled), batchable: truthy(row.batchable) }]));
    return { targets, events: await eventsOfDeliveries(db, claimed.map((delivery) => delivery.id)) };
  }

  private async attempt(delivery: Claimed, target: Target | undefined, events: StoredEvent[]): Promise<Outcome | undefined> {
    if (target === undefined) return undefined;
    if (!target.enabled) return { delivery, result: { status: null, error: 'webhook disabled', latencyMs: 0 }, attempted: false };
    const body = renderBody(events, delivery.webhook_id, target.batchable);
    const result = await send(
      target.url,
      body,
      { signature: signature(body, target.secret), 'user-agent': 'Cartline-Webhooks/1', 'x-cartline-delivery': delivery.id },
      { timeoutMs: this.options.timeoutMs, denyPrivate: this.options.denyPrivate },
    );
    return { delivery, result, attempted: true };
  }

  /** Records the outcomes that ended since the last run, each if this process still holds its delivery's lease. */
  private async recordFinished(): Promise<void> {
    if (this.finished.length === 0) return;
    const outcomes = this.finished;
    this.finished = [];
    try {
      await this.record(outcomes);
    } catch (error) {
      // Kept for the next run (the leases outlast a few): else the deliveries would be attempted again.
      this.finished = [...outcomes, ...this.finished];
      throw error;
    }
  }

  private async record(outcomes: Outcome[]): Promise<void> {
    const { db, newId, retryDelays, disableAfterMs } = this.options;
    const nowMs = Date.now();
    const timestamp = now();
    await db.transaction().execute(async (trx) => {
      // What each outcome sets on its delivery; deliveries set alike are updated by one statement.
      const changes = new Map<string, { set: Record<string, unknown>; ids: string[] }>();
      for (const { delivery, result, attempted } of outcomes) {
        const attempts = delivery.attempts + (attempted ? 1 : 0);
        const retryIn = retryDelays[attempts - 1];
        const set = {
          attempts,
          ...(result.error === null
            ? { status: 'delivered', delivered_at: timestamp }
            : attempted && retryIn !== undefined
              ? { next_attempt_at: nowMs + retryIn * 1000 }
              : { status: 'failed' }),
        };
        const key = JSON.stringify(set);
        const change = changes.get(key) ?? { set, ids: [] as string[] };
        change.ids.push(delivery.id);
        changes.set(key, change);
      }
      const held = new Set<string>();
      for (const { set, ids } of changes.values()) {
        const updated = await trx
          .updateTable('webhook_deliveries')
          .set({ ...set, lease_until: 0, leased_by: null, updated_at: timestamp })
          .where(inList(trx, 'id', ids))
          .where('leased_by', '=', this.holder)
          .returning('id')
          .execute();
        for (const row of updated) held.add(String(row.id));
      }
      const recorded = outcomes.filter((outcome) => outcome.attempted && held.has(outcome.delivery.id));
      if (recorded.length === 0) return;
      await insertMany(
        trx,
        'webhook_attempts',
        recorded.map(({ delivery, result }) => ({
          id: newId(),
          account_id: delivery.account_id,
          webhook_id: delivery.webhook_id,
          delivery_id: delivery.id,
          attempted_at: timestamp,
          status_code: result.status,
          latency_ms: result.latencyMs,
          error: result.error,
        })),
      );
      // Per webhook, its attempts in the order they ended: the last one says whether it is failing now; a failure
      // after a success of this same batch starts a new failing period.
      const byWebhook = new Map<string, { last: boolean; succeeded: boolean }>();
      for (const { delivery, result } of recorded) {
        const delivered = result.error === null;
        this.outcomes[delivered ? 'delivered' : 'failed'] += 1;
        const seen = byWebhook.get(delivery.webhook_id);
        byWebhook.set(delivery.webhook_id, { last: delivered, succeeded: delivered || (seen?.succeeded ?? false) });
      }
      const healthy = [...byWebhook].filter(([, w]) => w.last).map(([id]) => id);
      const failingAgain = [...byWebhook].filter(([, w]) => !w.last && w.succeeded).map(([id]) => id);
      const failing = [...byWebhook].filter(([, w]) => !w.last && !w.succeeded).map(([id]) => id);
      if (healthy.length > 0) {
        await trx.updateTable('webhooks').set({ failing_since: null }).where(inList(trx, 'id', healthy)).where('failing_since', 'is not', null).execute();
      }
      if (failingAgain.length > 0) await trx.updateTable('webhooks').set({ failing_since: nowMs }).where(inList(trx, 'id', failingAgain)).execute();
      if (failing.length > 0) {
        await trx.updateTable('webhooks').set({ failing_since: nowMs }).where(inList(trx, 'id', failing)).where('failing_since', 'is', null).execute();
      }
      if (failing.length + failingAgain.length === 0) return;
      const disabled = await trx
        .updateTable('webhooks')
        .set({ enabled: false, updated_at: timestamp })
        .where(inList(trx, 'id', [...failing, ...failingAgain]))
        .where('enabled', '=', true)
        .where('failing_since', '<=', nowMs - disableAfterMs)
        .returning('id')
        .execute();
      for (const row of disabled) this.options.log.warn({ webhook: String(row.id) }, 'webhook disabled: its deliveries have failed without a break for too long');
    });
  }
}

export interface StoredEvent {
  id: string;
  type: string;
  created_at: string;
  account_id: string;
  shop_id: string | null;
  data: string;
}

export async function eventsOfDelivery(db: Executor, deliveryId: string): Promise<StoredEvent[]> {
  return (await eventsOfDeliveries(db, [deliveryId])).get(deliveryId) ?? [];
}

/** The events of each delivery, in id order. */
export async function eventsOfDeliveries(db: Executor, deliveryIds: string[]): Promise<Map<string, StoredEvent[]>> {
  const rows = await db
    .selectFrom('delivery_events as de')
    .innerJoin('events as e', 'e.id', 'de.event_id')
    .select(['de.delivery_id', 'e.id', 'e.type', 'e.created_at', 'e.account_id', 'e.shop_id', 'e.data'])
    .where(inList(db, 'de.delivery_id', deliveryIds))
    .orderBy('e.id')
    .execute();
  const events = new Map<string, StoredEvent[]>();
  for (const r of rows) {
    const delivery = String(r.delivery_id);
    let list = events.get(delivery);
    if (list === undefined) events.set(delivery, (list = []));
    list.push({ id: String(r.id), type: r.type, created_at: r.created_at, account_id: String(r.account_id), shop_id: r.shop_id === null ? null : String(r.shop_id), data: r.data });
  }
  return events;
}

/** One event as delivered: the stored `data` is spliced in as it was written, never parsed and re-encoded. */
export function renderEvent(event: StoredEvent, webhookId: string): string {
  return (
    `{"id":${JSON.stringify(event.id)},"type":${JSON.stringify(event.type)},"created_at":${JSON.stringify(event.created_at)},` +
    `"account_id":${JSON.stringify(event.account_id)},"shop_id":${event.shop_id === null ? 'null' : JSON.stringify(event.shop_id)},` +
    `"webhook_id":${JSON.stringify(webhookId)},"data":${event.data}}`
  );
}

/** A batchable webhook receives `{"events": [...]}`; another one event per request, as the event itself. */
export function renderBody(events: StoredEvent[], webhookId: string, batchable: boolean): string {
  if (!batchable && events.length === 1) return renderEvent(events[0]!, webhookId);
  return `{"events":[${events.map((e) => renderEvent(e, webhookId)).join(',')}]}`;
}
