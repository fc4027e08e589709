import { randomInt } from 'node:crypto';
import type { IdGenerator } from '../../db/ids.js';
import { parseId } from '../../db/ids.js';
import type { Database, Executor } from '../../db/schema.js';
import { FieldErrorCollector, NotFoundError } from '../../http/errors.js';
import { now } from '../../time.js';
import { BATCH_ONLY_EVENTS } from '../events/event-types.js';
import * as repo from './webhooks.repository.js';
import type { Webhook, WebhookCreateBody, WebhookUpdateBody } from './webhooks.schemas.js';

const SECRET_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const SECRET_LENGTH = 32;

function newSecret(): string {
  let secret = '';
  for (let i = 0; i < SECRET_LENGTH; i++) secret += SECRET_ALPHABET[randomInt(SECRET_ALPHABET.length)];
  return secret;
}

const truthy = (value: unknown) => value === true || value === 1 || value === 1n;

export function toWebhook(row: repo.WebhookRow): Webhook {
  return {
    id: String(row.id),
    name: row.name,
    url: row.url,
    events: JSON.parse(row.events) as string[],
    enabled: truthy(row.enabled),
    secret: row.secret,
    batchable: truthy(row.batchable),
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

/** Laravel's `url` rule, narrowed to what can be delivered to: an absolute http(s) URL with a host. */
function isDeliverableUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && !/\s/.test(value);
  } catch {
    return false;
  }
}

function check(body: WebhookUpdateBody, current?: Webhook): void {
  const errors = new FieldErrorCollector();
  if (body.url !== undefined && !isDeliverableUrl(body.url)) errors.add('url', 'The url must be a valid URL.');
  const events = body.events ?? current?.events ?? [];
  const batchable = body.batchable ?? current?.batchable ?? false;
  for (const event of events) {
    if (BATCH_ONLY_EVENTS.has(event) && !batchable) errors.add('batchable', `The batchable field must be true when events contains ${event}.`);
  }
  errors.throwIfAny();
}

async function requireWebhook(db: Executor, accountId: string, rawId: string): Promise<repo.WebhookRow> {
  const id = parseId(rawId);
  const row = id === null ? undefined : await repo.findWebhook(db, accountId, id);
  if (row === undefined) throw new NotFoundError();
  return row;
}

export async function getWebhook(db: Executor, accountId: string, rawId: string): Promise<Webhook> {
  return toWebhook(await requireWebhook(db, accountId, rawId));
}

export async function createWebhook(db: Database, newId: IdGenerator, accountId: string, body: WebhookCreateBody): Promise<Webhook> {
  check(body);
  const timestamp = now();
  const row = {
    id: newId(),
    account_id: accountId,
    name: body.name ?? '',
    url: body.url,
    events: JSON.stringify([...new Set(body.events)]),
    enabled: body.enabled ?? true,
    batchable: body.batchable ?? false,
    secret: newSecret(),
    failing_since: null,
    created_at: timestamp,
    updated_at: timestamp,
  };
  await repo.insertWebhook(db, row);
  return toWebhook({ ...row, id: row.id });
}

/** A partial update; a webhook enabled again starts with a clean record of failures. */
export async function updateWebhook(db: Database, accountId: string, rawId: string, body: WebhookUpdateBody): Promise<Webhook> {
  const current = toWebhook(await requireWebhook(db, accountId, rawId));
  check(body, current);
  await repo.updateWebhook(db, accountId, current.id, {
    ...(body.name !== undefined ? { name: body.name } : {}),
    ...(body.url !== undefined ? { url: body.url } : {}),
    ...(body.events !== undefined ? { events: JSON.stringify([...new Set(body.events)]) } : {}),
    ...(body.batchable !== undefined ? { batchable: body.batchable } : {}),
    ...(body.enabled !== undefined ? { enabled: body.enabled } : {}),
    ...(body.enabled === true && !current.enabled ? { failing_since: null } : {}),
    updated_at: now(),
  });
  return getWebhook(db, accountId, current.id);
}

export async function deleteWebhook(db: Database, accountId: string, rawId: string): Promise<void> {
  const row = await requireWebhook(db, accountId, rawId);
  await repo.deleteWebhook(db, accountId, String(row.id));
}

export const countWebhooks = repo.countWebhooks;

export async function listWebhooks(db: Executor, accountId: string, offset: number, limit: number): Promise<Webhook[]> {
  return (await repo.listWebhooks(db, accountId, offset, limit)).map(toWebhook);
}
