import type { Database, Executor } from '../../db/schema.js';
import * as repo from './customers.repository.js';
import type { Customer, CustomerBody, CustomerUpdateBody } from './customers.schemas.js';
import type { ShopContext } from '../shops/shop-context.js';
/** Customers in full form by id; ids the shop does not have are left out. */
export declare function loadCustomers(db: Executor, accountId: string, shopId: string, ids: string[]): Promise<Map<string, Customer>>;
export declare const listCustomerIds: (db: Executor, shopId: string, offset: number, limit: number, total?: number) => Promise<string[]>;
export declare function getCustomer(db: Executor, accountId: string, shopId: string, rawId: string): Promise<Customer>;
export type CustomerInput = Omit<CustomerBody, 'email'> & {
    email: string;
};
/**
 * Finds the shop's customers with these emails or creates them (emails are unique per shop, compared without
 * case), applies the other fields sent, and creates or links the subscribers when asked; one after the other,
 * each seeing what the ones before it wrote. Safe under concurrency.
 *
 * A change that moves a key (an email, a resource_id) is written at once: the next lookups depend on it. The
 * other fields of existing customers are written at the end, set-based (update-many.ts), merged per customer
 * in order: a re-sync of 1,000 customers costs one UPDATE, not 1,000.
 */
export declare function upsertCustomers(db: Executor, context: ShopContext, inputs: CustomerInput[]): Promise<Array<{
    id: string;
    created: boolean;
}>>;
/** POST: creates (201), or updates the customer that already has this email (200). */
export declare function createOrUpdateCustomer(db: Database, context: ShopContext, body: CustomerBody): Promise<{
    created: boolean;
    customer: Customer;
}>;
/** Many customers at once, in one transaction, each by the single-create rules; answered in request order. */
export declare function importCustomers(db: Database, context: ShopContext, bodies: CustomerBody[]): Promise<Customer[]>;
export declare function updateCustomer(db: Database, context: ShopContext, rawId: string, body: CustomerUpdateBody): Promise<Customer>;
/** Answers the customer as it was. Its orders (with their carts) go with it; its subscriber stays. */
export declare function deleteCustomer(db: Database, accountId: string, shopId: string, rawId: string): Promise<Customer>;
export declare const countCustomers: typeof repo.countCustomers;
export declare function listCustomers(db: Executor, accountId: string, shopId: string, offset: number, limit: number, total?: number): Promise<Customer[]>;
