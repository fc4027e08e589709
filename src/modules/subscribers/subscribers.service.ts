import { isIP } from 'node:net';
import type { Database, Executor } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { now } from '../../time.js';
import * as fieldsRepo from '../fields/fields.repository.js';
import type { Group } from '../groups/groups.schemas.js';
import type { IdGenerator } from '../../db/ids.js';
import { parseId } from '../../db/ids.js';
import { FieldErrorCollector, NotFoundError, present, ValidationError } from '../../http/errors.js';
import * as groupRepo from '../groups/groups.repository.js';
import { findDoubleOptin } from '../accounts/accounts.repository.js';
import { DEFAULT_FIELDS as DEFAULT_FIELD_ROWS } from '../fields/fields.repository.js';
import * as repo from './subscribers.repository.js';
import type { Subscriber, SubscriberUpdateBody, SubscriberUpsertBody } from './subscribers.schemas.js';
import { groupsById, subscriberAnswers } from '../embeds/embeds.js';
import { recordEvents, type EventSource, type NewEvent } from '../events/outbox.js';

/** The default fields of a MailerLite account, with its odd but real `z_i_p` key. */
export const DEFAULT_FIELDS = DEFAULT_FIELD_ROWS.map((field) => field.key);

/** A new subscriber without an explicit status: `unconfirmed` while the account's double opt-in is on (spec B11). */
async function newSubscriberStatus(db: Executor, accountId: string): Promise<string> {
  return (await findDoubleOptin(db, accountId)) ? 'unconfirmed' : 'active';
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * create_subscriber: true. Creates an active subscriber (source "api") for the email unless the account has one,
 * and adds it to the shop's group, if the shop has one. An existing subscriber is linked as it is.
 */
export async function ensureSubscriber(db: Executor, source: EventSource, email: string, timestamp: string, groupId: string | null): Promise<void> {
  const { accountId } = source;
  const created = await repo.insertSubscriberIfAbsent(db, {
    id: source.newId(),
    account_id: accountId,
    email,
    status: await newSubscriberStatus(db, accountId),
    source: 'api',
    ip_address: null,
    fields: JSON.stringify(Object.fromEntries(DEFAULT_FIELDS.map((key) => [key, null]))),
    subscribed_at: timestamp,
    unsubscribed_at: null,
    opted_in_at: null,
    optin_ip: null,
    created_at: timestamp,
    updated_at: timestamp,
  });
  if (groupId === null && !created) return;
  const [row] = await repo.findSubscribersByEmails(db, accountId, [email]);
  const subscriberRow = present(row, `the subscriber ${email}`);
  const added = groupId === null ? 0 : await groupRepo.addMemberships(db, [groupId], String(subscriberRow.id), timestamp);
  if (source.silent === true || (!created && added === 0)) return;
  const [subscriber] = await subscriberAnswers(db, accountId, [subscriberRow]);
  const events: NewEvent[] = [];
  if (created) events.push({ type: 'subscriber.created', shopId: null, data: { subscriber } });
  if (added > 0) {
    const groupRow = present(await groupRepo.findGroup(db, accountId, groupId!), `group ${groupId}`);
    const group = present((await groupsById(db, [groupRow])).get(groupId!), `group ${groupId}`);
    events.push({ type: 'subscriber.added_to_group', shopId: null, data: { subscriber, group } });
  }
  await recordEvents(db, source, events);
}

/** Merges values into the fields of the account's subscriber with this email, if there is one. */
export async function fillSubscriberFields(
  db: Executor,
  source: EventSource,
  email: string,
  values: Record<string, string | number | null>,
  timestamp: string,
): Promise<void> {
  const { accountId } = source;
  const [row] = await repo.findSubscribersByEmails(db, accountId, [email]);
  if (row === undefined) return;
  // The WooCommerce plugin names MailerLite's `z_i_p` field `zip` (spec B9).
  const { zip, ...rest } = values;
  const renamed = zip === undefined || 'z_i_p' in rest ? rest : { ...rest, z_i_p: zip };
  const before = JSON.parse(row.fields) as Record<string, unknown>;
  const fields = { ...before, ...renamed };
  await repo.updateSubscriberFields(db, accountId, String(row.id), JSON.stringify(fields), timestamp);
  // subscriber.updated: MailerLite fires it when any of the subscriber's fields are updated, so only on a change.
  if (source.silent === true || Object.entries(renamed).every(([key, value]) => Object.hasOwn(before, key) && before[key] === value)) return;
  const [subscriber] = await subscriberAnswers(db, accountId, [{ ...row, fields: JSON.stringify(fields), updated_at: timestamp }]);
  await recordEvents(db, source, [{ type: 'subscriber.updated', shopId: null, data: { subscriber } }]);
}

export async function getSubscriber(db: Executor, accountId: string, idOrEmail: string): Promise<Subscriber> {
  const id = parseId(idOrEmail);
  // A NUL names nothing (and PostgreSQL cannot even compare it).
  if (idOrEmail.includes('\u0000')) throw new NotFoundError();
  const row =
    id !== null
      ? await repo.findSubscriberById(db, accountId, id)
      : (await repo.findSubscribersByEmails(db, accountId, [normalizeEmail(idOrEmail)]))[0];
  if (row === undefined) throw new NotFoundError();
  const [subscriber] = await subscriberAnswers(db, accountId, [row]);
  return subscriber!;
}

// ---- Cursor pagination, as MailerLite's subscribers list does it ------------------------------------------------

type Cursor = { after: string } | { before: string };

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(value: string | undefined): Cursor | null {
  if (value === undefined || value === '') return null;
  let parsed: Record<string, unknown> = {};
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString()) as Record<string, unknown>;
  } catch {
    // not ours: answered below
  }
  const after = parseId(parsed?.after);
  if (after !== null) return { after };
  const before = parseId(parsed?.before);
  if (before !== null) return { before };
  throw ValidationError.field('cursor', 'The cursor is invalid.');
}

export async function listSubscribers(
  db: Executor,
  accountId: string,
  query: { limit?: number; cursor?: string; 'filter[status]'?: string },
  path: string,
  groupId?: string,
) {
  const limit = query.limit ?? 25;
  const status = query['filter[status]'];
  if (limit === 0) return { total: await repo.countSubscribers(db, accountId, { ...(status ? { status } : {}), ...(groupId === undefined ? {} : { groupId }) }) };
  const cursor = decodeCursor(query.cursor);
  const options = { limit, ...(status ? { status } : {}), ...(cursor ?? {}), ...(groupId === undefined ? {} : { groupId }) };
  const rows = await repo.listSubscribers(db, accountId, options);
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const backwards = cursor !== null && 'before' in cursor;
  if (backwards) page.reverse();

  const first = page[0];
  const last = page.at(-1);
  // Going forward, "more" means a next page; going backward, a previous one. The other side exists if we came from it.
  const hasNext = last !== undefined && (backwards ? true : more);
  const hasPrev = first !== undefined && (backwards ? more : cursor !== null);
  const nextCursor = hasNext ? encodeCursor({ after: String(last.id) }) : null;
  const prevCursor = hasPrev ? encodeCursor({ before: String(first.id) }) : null;
  const url = (c: string | null) => (c === null ? null : `${path}?cursor=${c}`);

  return {
    data: await subscriberAnswers(db, accountId, page),
    links: { first: null, last: null, prev: url(prevCursor), next: url(nextCursor) },
    meta: { path, per_page: limit, next_cursor: nextCursor, prev_cursor: prevCursor },
  };
}

// ---- Writes: POST /api/subscribers (upsert by email), PUT, DELETE, forget, group membership ----------------------

const DATE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
// Laravel's `email` rule is looser than RFC 5322 and so is this: one @, something on each side, no spaces.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isRealDate(value: string): boolean {
  const date = new Date(`${value.slice(0, 10)}T${value.length > 10 ? value.slice(11) : '00:00:00'}Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value.slice(0, 10);
}

/** Checks the body against the account's fields and groups; answers the stored form of the field values. */
async function checkWrite(db: Executor, accountId: string, body: SubscriberUpdateBody & { email?: string }): Promise<Record<string, string | number | null>> {
  const errors = new FieldErrorCollector();
  if (body.email !== undefined && !EMAIL.test(body.email)) errors.add('email', 'The email must be a valid email address.');
  for (const key of ['subscribed_at', 'opted_in_at', 'unsubscribed_at'] as const) {
    const value = body[key];
    if (typeof value === 'string' && !(DATE_TIME.test(value) && isRealDate(value))) {
      errors.add(key, `The ${key.replace(/_/g, ' ')} does not match the format Y-m-d H:i:s.`);
    }
  }
  for (const key of ['ip_address', 'optin_ip'] as const) {
    const value = body[key];
    if (typeof value === 'string' && isIP(value) === 0) errors.add(key, `The ${key.replace(/_/g, ' ')} must be a valid IP address.`);
  }
  const values: Record<string, string | number | null> = {};
  if (body.fields !== undefined) {
    const types = new Map((await fieldsRepo.listFields(db, accountId)).map((field) => [field.key, field.type]));
    for (const [key, value] of Object.entries(body.fields)) {
      const type = types.get(key);
      // Unknown keys are ignored, as MailerLite does (a PUT with fields.email left the email as it was).
      if (type === undefined) continue;
      const name = `fields.${key}`;
      if (value === null || value === '') values[key] = null;
      else if (type === 'number') {
        const number = typeof value === 'number' ? value : Number(value);
        if (!Number.isFinite(number) || (typeof value === 'string' && value.trim() === '')) errors.add(name, `The ${name} must be a number.`);
        else values[key] = number;
      } else if (type === 'date') {
        if (typeof value !== 'string' || !DATE.test(value) || !isRealDate(value)) errors.add(name, `The ${name} is not a valid date.`);
        else values[key] = value;
      } else {
        const text = String(value);
        if (text.length > 1024) errors.add(name, `The ${name} must not be greater than 1024 characters.`);
        else values[key] = text;
      }
    }
  }
  if (body.groups !== undefined) {
    const ids = body.groups.map((raw) => parseId(raw));
    const known = await groupRepo.findGroupIds(db, accountId, ids.filter((id): id is string => id !== null));
    ids.forEach((id, index) => {
      if (id === null || !known.has(id)) errors.add(`groups.${index}`, `The selected groups.${index} is invalid.`);
    });
  }
  errors.throwIfAny();
  return values;
}

/** The row's new columns from the body; an unsubscribe without a date is dated now. */
function changesFrom(body: SubscriberUpdateBody, current: repo.SubscriberRow | undefined, values: Record<string, string | number | null>, timestamp: string) {
  const changes: Partial<repo.SubscriberRow> = {};
  if (body.status !== undefined) changes.status = body.status;
  for (const key of ['subscribed_at', 'ip_address', 'opted_in_at', 'optin_ip', 'unsubscribed_at'] as const) {
    if (body[key] !== undefined) changes[key] = body[key];
  }
  if (changes.status === 'unsubscribed' && body.unsubscribed_at === undefined && !current?.unsubscribed_at) changes.unsubscribed_at = timestamp;
  if (Object.keys(values).length > 0 || current === undefined) {
    const base = current === undefined ? Object.fromEntries(DEFAULT_FIELDS.map((key) => [key, null])) : (JSON.parse(current.fields) as Record<string, unknown>);
    changes.fields = JSON.stringify({ ...base, ...values });
  }
  return changes;
}

/** Adds the memberships; answers the rows of the groups it was not in before (for subscriber.added_to_group). */
async function addToGroups(db: Executor, subscriberId: string, groups: string[] | undefined, timestamp: string) {
  const ids = [...new Set((groups ?? []).map((raw) => present(parseId(raw), 'group id')))];
  if (ids.length === 0) return [];
  const held = new Set((await groupRepo.findGroupsOfSubscribers(db, [subscriberId])).map((row) => String(row.id)));
  await groupRepo.addMemberships(db, ids, subscriberId, timestamp);
  return (await groupRepo.findGroupsOfSubscribers(db, [subscriberId])).filter((row) => ids.includes(String(row.id)) && !held.has(String(row.id)));
}

/**
 * The events of a write through the subscribers API, as MailerLite fires them: subscriber.created for a new one,
 * subscriber.updated when its fields changed, subscriber.unsubscribed when its status became unsubscribed, and
 * subscriber.added_to_group for each group it joined.
 */
async function recordSubscriberWrite(
  db: Executor,
  source: EventSource,
  before: repo.SubscriberRow | undefined,
  subscriber: Subscriber,
  joined: Awaited<ReturnType<typeof addToGroups>>,
): Promise<void> {
  if (source.silent === true) return;
  const events: NewEvent[] = [];
  if (before === undefined) events.push({ type: 'subscriber.created', shopId: null, data: { subscriber } });
  else if (JSON.stringify(JSON.parse(before.fields)) !== JSON.stringify(subscriber.fields)) events.push({ type: 'subscriber.updated', shopId: null, data: { subscriber } });
  if (subscriber.status === 'unsubscribed' && before?.status !== 'unsubscribed') events.push({ type: 'subscriber.unsubscribed', shopId: null, data: { subscriber } });
  if (joined.length > 0) {
    const groups = await groupsById(db, joined as never);
    for (const row of joined) events.push({ type: 'subscriber.added_to_group', shopId: null, data: { subscriber, group: present(groups.get(String(row.id)), `group ${String(row.id)}`) } });
  }
  await recordEvents(db, source, events);
}

async function answer(db: Executor, accountId: string, id: string): Promise<Subscriber> {
  const [subscriber] = await subscriberAnswers(db, accountId, [present(await repo.findSubscriberById(db, accountId, id), `subscriber ${id}`)]);
  return subscriber!;
}

/** Creates the account's subscriber with this email, or updates it (non-destructive: what is not sent stays). */
export async function upsertSubscriber(db: Database, source: EventSource, body: SubscriberUpsertBody): Promise<{ created: boolean; subscriber: Subscriber }> {
  const { accountId, newId } = source;
  return inTransaction(db, async (trx) => {
    const values = await checkWrite(trx, accountId, body);
    const email = normalizeEmail(body.email);
    const timestamp = now();
    const [current] = await repo.findSubscribersByEmails(trx, accountId, [email]);
    let id: string;
    if (current === undefined) {
      id = newId();
      const changes = changesFrom(body, undefined, values, timestamp);
      await repo.insertSubscriber(trx, {
        id,
        account_id: accountId,
        email,
        status: changes.status ?? (await newSubscriberStatus(trx, accountId)),
        source: 'api',
        ip_address: changes.ip_address ?? null,
        fields: changes.fields!,
        subscribed_at: changes.subscribed_at === undefined ? timestamp : changes.subscribed_at,
        unsubscribed_at: changes.unsubscribed_at ?? null,
        opted_in_at: changes.opted_in_at ?? null,
        optin_ip: changes.optin_ip ?? null,
        created_at: timestamp,
        updated_at: timestamp,
      });
    } else {
      id = String(current.id);
      await repo.updateSubscriber(trx, accountId, id, { ...changesFrom(body, current, values, timestamp), updated_at: timestamp });
    }
    const joined = await addToGroups(trx, id, body.groups, timestamp);
    const subscriber = await answer(trx, accountId, id);
    await recordSubscriberWrite(trx, source, current, subscriber, joined);
    return { created: current === undefined, subscriber };
  });
}

async function requireSubscriber(db: Executor, accountId: string, rawId: string): Promise<repo.SubscriberRow> {
  const id = parseId(rawId);
  const row = id === null ? undefined : await repo.findSubscriberById(db, accountId, id);
  if (row === undefined) throw new NotFoundError();
  return row;
}

export async function updateSubscriber(db: Database, source: EventSource, rawId: string, body: SubscriberUpdateBody): Promise<Subscriber> {
  const { accountId } = source;
  return inTransaction(db, async (trx) => {
    const current = await requireSubscriber(trx, accountId, rawId);
    const values = await checkWrite(trx, accountId, body);
    const id = String(current.id);
    const timestamp = now();
    await repo.updateSubscriber(trx, accountId, id, { ...changesFrom(body, current, values, timestamp), updated_at: timestamp });
    const joined = await addToGroups(trx, id, body.groups, timestamp);
    const subscriber = await answer(trx, accountId, id);
    await recordSubscriberWrite(trx, source, current, subscriber, joined);
    return subscriber;
  });
}

export async function deleteSubscriber(db: Database, accountId: string, rawId: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    await repo.deleteSubscriber(trx, accountId, String((await requireSubscriber(trx, accountId, rawId)).id));
  });
}

/**
 * MailerLite deletes a forgotten subscriber's data within 30 days; Cartline deletes it at once, and answers what
 * MailerLite answers: the subscriber as it was, with deleted_at, forget_at (30 days on) and location.
 */
export async function forgetSubscriber(db: Database, accountId: string, rawId: string) {
  return inTransaction(db, async (trx) => {
    const row = await requireSubscriber(trx, accountId, rawId);
    const subscriber = await answer(trx, accountId, String(row.id));
    await repo.deleteSubscriber(trx, accountId, String(row.id));
    const deletedAt = now();
    const forgetAt = new Date(Date.parse(`${deletedAt.replace(' ', 'T')}Z`) + 30 * 86_400_000).toISOString().slice(0, 19).replace('T', ' ');
    return {
      data: { ...subscriber, deleted_at: deletedAt, forget_at: forgetAt, location: null },
      message: 'Subscriber data will be completely deleted and forgotten within 30 days.',
    };
  });
}

async function requireGroupId(db: Executor, accountId: string, rawId: string): Promise<string> {
  const id = parseId(rawId);
  const known = id === null ? new Set<string>() : await groupRepo.findGroupIds(db, accountId, [id]);
  if (id === null || !known.has(id)) throw new NotFoundError();
  return id;
}

/** Adds the subscriber to the group (twice is once); answers the group with its counts, as MailerLite does. */
export async function assignToGroup(db: Database, accountId: string, rawSubscriberId: string, rawGroupId: string): Promise<Group> {
  return inTransaction(db, async (trx) => {
    const subscriber = await requireSubscriber(trx, accountId, rawSubscriberId);
    const groupId = await requireGroupId(trx, accountId, rawGroupId);
    await groupRepo.addMember(trx, groupId, String(subscriber.id), now());
    const group = present(await groupRepo.findGroup(trx, accountId, groupId), `group ${groupId}`);
    return present((await groupsById(trx, [group])).get(groupId), `group ${groupId}`);
  });
}

/** Takes the subscriber out of the group; one that was not in it is answered the same (204). */
export async function unassignFromGroup(db: Database, accountId: string, rawSubscriberId: string, rawGroupId: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    const subscriber = await requireSubscriber(trx, accountId, rawSubscriberId);
    const groupId = await requireGroupId(trx, accountId, rawGroupId);
    await groupRepo.removeMember(trx, groupId, String(subscriber.id));
  });
}

/** GET /api/groups/:id/subscribers: the group's members, cursor paginated; `active` ones unless a status is asked. */
export async function listGroupSubscribers(
  db: Executor,
  accountId: string,
  rawGroupId: string,
  query: { limit?: number; cursor?: string; 'filter[status]'?: string },
  path: string,
) {
  const groupId = await requireGroupId(db, accountId, rawGroupId);
  return listSubscribers(db, accountId, { ...query, 'filter[status]': query['filter[status]'] ?? 'active' }, path, groupId);
}
