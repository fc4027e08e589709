import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor, WebhooksTable } from '../../db/schema.js';

export type WebhookRow = Selectable<WebhooksTable>;

export async function insertWebhook(db: Executor, row: Insertable<WebhooksTable>): Promise<void> {
  await db.insertInto('webhooks').values(row).execute();
}

export async function findWebhook(db: Executor, accountId: string, id: string): Promise<WebhookRow | undefined> {
  return db.selectFrom('webhooks').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}

export async function countWebhooks(db: Executor, accountId: string): Promise<number> {
  const row = await db.selectFrom('webhooks').select((eb) => eb.fn.countAll().as('n')).where('account_id', '=', accountId).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listWebhooks(db: Executor, accountId: string, offset: number, limit: number): Promise<WebhookRow[]> {
  return db.selectFrom('webhooks').selectAll().where('account_id', '=', accountId).orderBy('id').offset(offset).limit(limit).execute();
}

export async function updateWebhook(db: Executor, accountId: string, id: string, changes: Updateable<WebhooksTable>): Promise<void> {
  await db.updateTable('webhooks').set(changes).where('account_id', '=', accountId).where('id', '=', id).execute();
}

export async function deleteWebhook(db: Executor, accountId: string, id: string): Promise<void> {
  await db.deleteFrom('webhooks').where('account_id', '=', accountId).where('id', '=', id).execute();
}
