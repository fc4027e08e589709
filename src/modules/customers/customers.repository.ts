import { countOf } from '../../db/counters.js';
import { pagedByShop, prepared } from '../../db/prepared.js';
import type { Executor } from '../../db/schema.js';
import { inList } from '../../db/in-list.js';

export interface CustomerRow {
  id: string | bigint;
  email: string;
  accepts_marketing: boolean | number | bigint;
  created_at: string;
  updated_at: string;
  resource_id: string | null;
}

export interface CustomerWrite {
  email?: string;
  accepts_marketing?: boolean;
  total_spent?: number;
  resource_id?: string;
  orders_count?: number;
  last_order_id?: string | null;
  last_order?: string | null;
}

const columns = ['id', 'email', 'accepts_marketing', 'created_at', 'updated_at', 'resource_id'] as const;

export async function findCustomer(db: Executor, shopId: string, id: string): Promise<CustomerRow | undefined> {
  return (await customersByIds(db, shopId, [id]))[0];
}

const customerIdByEmail = prepared((db, shopId: string, email: string) =>
  db.selectFrom('customers').select('id').where('shop_id', '=', shopId).where('email', '=', email),
);

export async function findCustomerIdByEmail(db: Executor, shopId: string, email: string): Promise<string | undefined> {
  const [row] = await customerIdByEmail(db, shopId, email);
  return row === undefined ? undefined : String(row.id);
}

const customersByIds = prepared((db, shopId: string, ids: string[]) =>
  db.selectFrom('customers').select(columns).where('shop_id', '=', shopId).where(inList(db, 'id', ids)),
);

export async function findCustomers(db: Executor, shopId: string, ids: string[]): Promise<CustomerRow[]> {
  if (ids.length === 0) return [];
  return customersByIds(db, shopId, ids);
}

const customerIdByResourceId = prepared((db, shopId: string, resourceId: string) =>
  db.selectFrom('customers').select('id').where('shop_id', '=', shopId).where('resource_id', '=', resourceId),
);

export async function findCustomerIdByResourceId(db: Executor, shopId: string, resourceId: string): Promise<string | undefined> {
  const [row] = await customerIdByResourceId(db, shopId, resourceId);
  return row === undefined ? undefined : String(row.id);
}

export async function countCustomers(db: Executor, shopId: string): Promise<number> {
  return countOf(db, shopId, 'customers');
}

export const listCustomers = pagedByShop((db, shopId, direction) => db.selectFrom('customers').select(columns).where('shop_id', '=', shopId).orderBy('id', direction));

/**
 * Inserts unless the shop already has a customer with this email. Answers whether this call created it: two
 * concurrent calls for one new email both succeed, and exactly one of them creates. Any other conflict (the id,
 * or a resource_id taken meanwhile) is an error, never read as "the email exists".
 */
export async function insertCustomerIfAbsent(
  db: Executor,
  row: CustomerWrite & { shop_id: string; id: string; email: string; created_at: string; updated_at: string },
): Promise<boolean> {
  const inserted = await db
    .insertInto('customers')
    .values(row)
    .onConflict((oc) => oc.columns(['shop_id', 'email']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function updateCustomer(db: Executor, shopId: string, id: string, changes: CustomerWrite & { updated_at: string }) {
  await db.updateTable('customers').set(changes).where('shop_id', '=', shopId).where('id', '=', id).execute();
}

/** The customer's orders, carts and cart items go with it (foreign key cascade). */
export async function deleteCustomer(db: Executor, shopId: string, id: string) {
  await db.deleteFrom('customers').where('shop_id', '=', shopId).where('id', '=', id).execute();
}
