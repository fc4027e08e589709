import type { Executor } from '../../db/schema.js';
import type { IdGenerator } from '../../db/ids.js';
import { parseId } from '../../db/ids.js';
import { NotFoundError, present, ValidationError } from '../../http/errors.js';
import * as groupRepo from '../groups/groups.repository.js';
import * as repo from './subscribers.repository.js';
import type { Subscriber } from './subscribers.schemas.js';
import { subscriberAnswers } from '../embeds/embeds.js';

/** The default fields of a MailerLite account, with its odd but real `z_i_p` key. */
export const DEFAULT_FIELDS = ['city', 'company', 'country', 'last_name', 'name', 'phone', 'state', 'z_i_p'] as const;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * create_subscriber: true. Creates an active subscriber (source "api") for the email unless the account has one,
 * and adds it to the shop's group, if the shop has one. An existing subscriber is linked as it is.
 */
export async function ensureSubscriber(
  db: Executor,
  newId: IdGenerator,
  accountId: string,
  email: string,
  timestamp: string,
  groupId: string | null,
): Promise<void> {
  await repo.insertSubscriberIfAbsent(db, {
    id: newId(),
    account_id: accountId,
    email,
    status: 'active',
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
  if (groupId !== null) {
    const [subscriber] = await repo.findSubscribersByEmails(db, accountId, [email]);
    await groupRepo.addMember(db, groupId, String(present(subscriber, `the subscriber ${email}`).id), timestamp);
  }
}

/** Merges values into the fields of the account's subscriber with this email, if there is one. */
export async function fillSubscriberFields(
  db: Executor,
  accountId: string,
  email: string,
  values: Record<string, string | number | null>,
  timestamp: string,
): Promise<void> {
  const [row] = await repo.findSubscribersByEmails(db, accountId, [email]);
  if (row === undefined) return;
  const fields = { ...(JSON.parse(row.fields) as Record<string, unknown>), ...values };
  await repo.updateSubscriberFields(db, accountId, String(row.id), JSON.stringify(fields), timestamp);
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
  const [subscriber] = await subscriberAnswers(db, [row]);
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
) {
  const limit = query.limit ?? 25;
  const cursor = decodeCursor(query.cursor);
  const status = query['filter[status]'];
  const options = { limit, ...(status ? { status } : {}), ...(cursor ?? {}) };
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
    data: await subscriberAnswers(db, page),
    links: { first: null, last: null, prev: url(prevCursor), next: url(nextCursor) },
    meta: { path, per_page: limit, next_cursor: nextCursor, prev_cursor: prevCursor },
  };
}
