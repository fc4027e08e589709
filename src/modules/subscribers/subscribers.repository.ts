import { prepared } from '../../db/prepared.js';
import type { Executor } from '../../db/schema.js';
import { inList } from '../../db/in-list.js';

export interface SubscriberRow {
  id: string | bigint;
  email: string;
  status: string;
  source: string;
  ip_address: string | null;
  fields: string;
  subscribed_at: string | null;
  unsubscribed_at: string | null;
  opted_in_at: string | null;
  optin_ip: string | null;
  created_at: string;
  updated_at: string;
}

const columns = [
  'id',
  'email',
  'status',
  'source',
  'ip_address',
  'fields',
  'subscribed_at',
  'unsubscribed_at',
  'opted_in_at',
  'optin_ip',
  'created_at',
  'updated_at',
] as const;

export async function findSubscriberById(db: Executor, accountId: string, id: string): Promise<SubscriberRow | undefined> {
  return db.selectFrom('subscribers').select(columns).where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}

const subscribersByEmails = prepared((db, accountId: string, emails: string[]) =>
  db.selectFrom('subscribers').select(columns).where('account_id', '=', accountId).where(inList(db, 'email', emails)),
);

export async function findSubscribersByEmails(db: Executor, accountId: string, emails: string[]): Promise<SubscriberRow[]> {
  if (emails.length === 0) return [];
  return subscribersByEmails(db, accountId, emails);
}

/** Inserts unless the account already has this email; concurrent callers end with one row either way. */
/** Answers true when the subscriber was inserted, false when the account already had one with this email. */
export async function insertSubscriberIfAbsent(db: Executor, row: SubscriberRow & { id: string; account_id: string }): Promise<boolean> {
  const result = await db
    .insertInto('subscribers')
    .values(row)
    .onConflict((oc) => oc.columns(['account_id', 'email']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function updateSubscriberFields(db: Executor, accountId: string, id: string, fields: string, updatedAt: string) {
  await db.updateTable('subscribers').set({ fields, updated_at: updatedAt }).where('account_id', '=', accountId).where('id', '=', id).execute();
}

export async function countSubscribers(db: Executor, accountId: string, options: { status?: string; groupId?: string }): Promise<number> {
  let query = db.selectFrom('subscribers').select((eb) => eb.fn.countAll().as('n')).where('account_id', '=', accountId);
  const { groupId } = options;
  if (options.status) query = query.where('status', '=', options.status);
  if (groupId !== undefined) {
    query = query.where('id', 'in', (eb) => eb.selectFrom('group_subscribers').select('subscriber_id').where('group_id', '=', groupId));
  }
  return Number((await query.executeTakeFirstOrThrow()).n);
}

/** One page in id order, after or before a cursor id; one row more than asked tells whether more exist. */
export async function listSubscribers(
  db: Executor,
  accountId: string,
  options: { limit: number; status?: string; after?: string; before?: string; groupId?: string },
): Promise<SubscriberRow[]> {
  let query = db.selectFrom('subscribers').select(columns).where('account_id', '=', accountId);
  const { groupId } = options;
  if (groupId !== undefined) {
    query = query.where('id', 'in', (eb) => eb.selectFrom('group_subscribers').select('subscriber_id').where('group_id', '=', groupId));
  }
  if (options.status) query = query.where('status', '=', options.status);
  if (options.after) query = query.where('id', '>', options.after);
  if (options.before) query = query.where('id', '<', options.before);
  return query
    .orderBy('id', options.before ? 'desc' : 'asc')
    .limit(options.limit + 1)
    .execute();
}

export type SubscriberInsert = Omit<SubscriberRow, 'id'> & { id: string; account_id: string };

export async function insertSubscriber(db: Executor, row: SubscriberInsert): Promise<void> {
  await db.insertInto('subscribers').values(row).execute();
}

export async function updateSubscriber(
  db: Executor,
  accountId: string,
  id: string,
  changes: Partial<Omit<SubscriberRow, 'id' | 'email' | 'source' | 'created_at'>> & { updated_at: string },
): Promise<void> {
  await db.updateTable('subscribers').set(changes).where('account_id', '=', accountId).where('id', '=', id).execute();
}

/** Its memberships go first (trigger, migration 0006), counted out of their groups. */
export async function deleteSubscriber(db: Executor, accountId: string, id: string): Promise<void> {
  await db.deleteFrom('subscribers').where('account_id', '=', accountId).where('id', '=', id).execute();
}
