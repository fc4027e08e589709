import type { Database, Executor } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { parseId } from '../../db/ids.js';
import { pagedIdsByShop } from '../../db/prepared.js';
import { ConcurrentChangeError, NotFoundError, present, ValidationError } from '../../http/errors.js';
import { updateManyById } from '../../db/update-many.js';
import { now } from '../../time.js';
import { findShopGroupId } from '../shops/shops.repository.js';
import { ensureSubscriber, fillSubscriberFields, normalizeEmail } from '../subscribers/subscribers.service.js';
import * as repo from './customers.repository.js';
import type { Customer, CustomerBody, CustomerUpdateBody } from './customers.schemas.js';
import { subscribersByEmail, toCustomerEmbedded } from '../embeds/embeds.js';
import type { ShopContext } from '../shops/shop-context.js';
import { recordEvents } from '../events/outbox.js';

async function toCustomers(db: Executor, accountId: string, rows: repo.CustomerRow[]): Promise<Customer[]> {
  const subscribers = await subscribersByEmail(db, accountId, rows.map((row) => row.email));
  return rows.map((row) => ({ ...toCustomerEmbedded(row, subscribers), created_at: row.created_at, updated_at: row.updated_at }));
}

/** Customers in full form by id; ids the shop does not have are left out. */
export async function loadCustomers(db: Executor, accountId: string, shopId: string, ids: string[]): Promise<Map<string, Customer>> {
  const customers = await toCustomers(db, accountId, await repo.findCustomers(db, shopId, ids));
  return new Map(customers.map((customer) => [customer.id, customer]));
}

export const listCustomerIds = pagedIdsByShop('customers');

async function requireCustomer(db: Executor, shopId: string, rawId: string): Promise<repo.CustomerRow> {
  const id = parseId(rawId);
  const row = id === null ? undefined : await repo.findCustomer(db, shopId, id);
  if (row === undefined) throw new NotFoundError();
  return row;
}

export async function getCustomer(db: Executor, accountId: string, shopId: string, rawId: string): Promise<Customer> {
  const [customer] = await toCustomers(db, accountId, [await requireCustomer(db, shopId, rawId)]);
  return customer!;
}

export type CustomerInput = Omit<CustomerBody, 'email'> & { email: string };

/**
 * Finds the shop's customers with these emails or creates them (emails are unique per shop, compared without
 * case), applies the other fields sent, and creates or links the subscribers when asked; one after the other,
 * each seeing what the ones before it wrote. Safe under concurrency.
 *
 * A change that moves a key (an email, a resource_id) is written at once: the next lookups depend on it. The
 * other fields of existing customers are written at the end, set-based (update-many.ts), merged per customer
 * in order: a re-sync of 1,000 customers costs one UPDATE, not 1,000.
 */
export async function upsertCustomers(db: Executor, context: ShopContext, inputs: CustomerInput[]): Promise<Array<{ id: string; created: boolean }>> {
  const later = new Map<string, repo.CustomerWrite & { updated_at: string }>();
  const results: Array<{ id: string; created: boolean; changed: boolean }> = [];
  for (const input of inputs) results.push(await upsertCustomer(db, context, input, later));
  const missing = await updateManyById(db, 'customers', context.shopId, [...later].map(([id, changes]) => ({ id, changes })));
  if (missing > 0) throw new ConcurrentChangeError('a customer was deleted while it was updated');
  await recordCustomerEvents(db, context, results);
  return results.map(({ id, created }) => ({ id, created }));
}

/**
 * customer.created for each new customer, customer.updated for each existing one a write set fields of (once per
 * customer and request, in its state at the end), in their API form.
 */
async function recordCustomerEvents(db: Executor, context: ShopContext, results: Array<{ id: string; created: boolean; changed: boolean }>) {
  if (context.silent) return;
  const created = new Set(results.flatMap((r) => (r.created ? [r.id] : [])));
  const ids = [...new Set(results.flatMap((r) => (r.created || r.changed ? [r.id] : [])))];
  if (ids.length === 0) return;
  const customers = await loadCustomers(db, context.accountId, context.shopId, ids);
  await recordEvents(
    db,
    context,
    ids.map((id) => ({ type: created.has(id) ? 'customer.created' : 'customer.updated', shopId: context.shopId, data: { customer: present(customers.get(id), `customer ${id}`) } })),
  );
}

async function upsertCustomer(
  db: Executor,
  context: ShopContext,
  input: CustomerInput,
  later: Map<string, repo.CustomerWrite & { updated_at: string }>,
): Promise<{ id: string; created: boolean; changed: boolean }> {
  const { shopId } = context;
  const email = normalizeEmail(input.email);
  const timestamp = now();
  const fields: repo.CustomerWrite = {
    ...(input.accepts_marketing !== undefined ? { accepts_marketing: input.accepts_marketing } : {}),
    ...(input.total_spent !== undefined ? { total_spent: input.total_spent } : {}),
    ...(input.orders_count !== undefined ? { orders_count: input.orders_count } : {}),
    ...(input.last_order_id !== undefined ? { last_order_id: input.last_order_id } : {}),
    ...(input.last_order !== undefined
      ? { last_order: input.last_order === null || typeof input.last_order === 'string' ? input.last_order : JSON.stringify(input.last_order) }
      : {}),
  };
  // The shop's own id wins over the email: a customer who changed address is still the same customer.
  const byResourceId = input.resource_id === undefined ? undefined : await repo.findCustomerIdByResourceId(db, shopId, input.resource_id);
  let id = byResourceId;
  let holder: string | undefined;
  let created = false;
  let changed = false;
  if (id === undefined) {
    // Tried first: a new customer costs this one statement. Only a customer with this email stops the insert;
    // any other conflict (the id, a resource_id taken since the lookup) raises.
    const newId = context.newId();
    created = await repo.insertCustomerIfAbsent(db, {
      ...fields,
      ...(input.resource_id !== undefined ? { resource_id: input.resource_id } : {}),
      shop_id: shopId,
      id: newId,
      email,
      created_at: timestamp,
      updated_at: timestamp,
    });
    id = created ? newId : (holder = present(await repo.findCustomerIdByEmail(db, shopId, email), `the customer ${email}`));
  } else {
    holder = await repo.findCustomerIdByEmail(db, shopId, email);
  }
  if (!created) {
    const changes: repo.CustomerWrite = {
      ...fields,
      // The email moves only if no other customer of the shop has it.
      ...(holder === undefined ? { email } : {}),
      // A customer found by its email takes the shop's id.
      ...(input.resource_id !== undefined && byResourceId === undefined && holder === id ? { resource_id: input.resource_id } : {}),
    };
    // Nothing sent that changes it (an order naming an existing customer by email): no write at all.
    if (Object.keys(changes).length > 0) {
      changed = true;
      const merged = { ...later.get(id), ...changes, updated_at: timestamp };
      if (changes.email === undefined && changes.resource_id === undefined) later.set(id, merged);
      else {
        later.delete(id);
        await repo.updateCustomer(db, shopId, id, merged);
      }
    }
  }
  if (input.create_subscriber === true) {
    await ensureSubscriber(db, context, email, timestamp, await findShopGroupId(db, shopId));
  }
  if (input.subscriber_fields !== undefined) await fillSubscriberFields(db, context, email, input.subscriber_fields, timestamp);
  return { id, created, changed };
}

/** POST: creates (201), or updates the customer that already has this email (200). */
export async function createOrUpdateCustomer(db: Database, context: ShopContext, body: CustomerBody) {
  const [result] = await inTransaction(db, (trx) => upsertCustomers(trx, context, [body]));
  return { created: result!.created, customer: await getCustomer(db, context.accountId, context.shopId, result!.id) };
}

/** Many customers at once, in one transaction, each by the single-create rules; answered in request order. */
export async function importCustomers(db: Database, context: ShopContext, bodies: CustomerBody[]): Promise<Customer[]> {
  const ids = (await inTransaction(db, (trx) => upsertCustomers(trx, context, bodies))).map((result) => result.id);
  const rows = new Map((await repo.findCustomers(db, context.shopId, [...new Set(ids)])).map((row) => [String(row.id), row]));
  return toCustomers(db, context.accountId, ids.map((id) => rows.get(id)!));
}

export async function updateCustomer(db: Database, context: ShopContext, rawId: string, body: CustomerUpdateBody): Promise<Customer> {
  const id = String((await requireCustomer(db, context.shopId, rawId)).id);
  return inTransaction(db, async (trx) => {
    const timestamp = now();
    const email = body.email === undefined ? undefined : normalizeEmail(body.email);
    if (email !== undefined) {
      const holder = await repo.findCustomerIdByEmail(trx, context.shopId, email);
      if (holder !== undefined && holder !== id) throw ValidationError.field('email', 'The email has already been taken.');
    }
    await repo.updateCustomer(trx, context.shopId, id, {
      ...(email !== undefined ? { email } : {}),
      ...(body.accepts_marketing !== undefined ? { accepts_marketing: body.accepts_marketing } : {}),
      ...(body.total_spent !== undefined ? { total_spent: body.total_spent } : {}),
      updated_at: timestamp,
    });
    if (body.create_subscriber === true) {
      const current = (await repo.findCustomer(trx, context.shopId, id))!;
      await ensureSubscriber(trx, context, current.email, timestamp, await findShopGroupId(trx, context.shopId));
    }
    const customer = await getCustomer(trx, context.accountId, context.shopId, id);
    await recordEvents(trx, context, [{ type: 'customer.updated', shopId: context.shopId, data: { customer } }]);
    return customer;
  });
}

/** Answers the customer as it was. Its orders (with their carts) go with it; its subscriber stays. */
export async function deleteCustomer(db: Database, accountId: string, shopId: string, rawId: string): Promise<Customer> {
  const customer = await getCustomer(db, accountId, shopId, rawId);
  await repo.deleteCustomer(db, shopId, customer.id);
  return customer;
}

export const countCustomers = repo.countCustomers;

export async function listCustomers(db: Executor, accountId: string, shopId: string, offset: number, limit: number, total?: number): Promise<Customer[]> {
  return toCustomers(db, accountId, await repo.listCustomers(db, shopId, offset, limit, total));
}
