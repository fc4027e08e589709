import { countOf } from '../../db/counters.js';
import { pagedByShop, prepared } from '../../db/prepared.js';
import { inList } from '../../db/in-list.js';
const columns = ['id', 'email', 'accepts_marketing', 'created_at', 'updated_at', 'resource_id'];
export async function findCustomer(db, shopId, id) {
    return (await customersByIds(db, shopId, [id]))[0];
}
const customerIdByEmail = prepared((db, shopId, email) => db.selectFrom('customers').select('id').where('shop_id', '=', shopId).where('email', '=', email));
export async function findCustomerIdByEmail(db, shopId, email) {
    const [row] = await customerIdByEmail(db, shopId, email);
    return row === undefined ? undefined : String(row.id);
}
const customersByIds = prepared((db, shopId, ids) => db.selectFrom('customers').select(columns).where('shop_id', '=', shopId).where(inList(db, 'id', ids)));
export async function findCustomers(db, shopId, ids) {
    if (ids.length === 0)
        return [];
    return customersByIds(db, shopId, ids);
}
const customerIdByResourceId = prepared((db, shopId, resourceId) => db.selectFrom('customers').select('id').where('shop_id', '=', shopId).where('resource_id', '=', resourceId));
export async function findCustomerIdByResourceId(db, shopId, resourceId) {
    const [row] = await customerIdByResourceId(db, shopId, resourceId);
    return row === undefined ? undefined : String(row.id);
}
export async function countCustomers(db, shopId) {
    return countOf(db, shopId, 'customers');
}
export const listCustomers = pagedByShop((db, shopId, direction) => db.selectFrom('customers').select(columns).where('shop_id', '=', shopId).orderBy('id', direction));
/**
 * Inserts unless the shop already has a customer with this email. Answers whether this call created it: two
 * concurrent calls for one new email both succeed, and exactly one of them creates. Any other conflict (the id,
 * or a resource_id taken meanwhile) is an error, never read as "the email exists".
 */
export async function insertCustomerIfAbsent(db, row) {
    const inserted = await db
        .insertInto('customers')
        .values(row)
        .onConflict((oc) => oc.columns(['shop_id', 'email']).doNothing())
        .returning('id')
        .executeTakeFirst();
    return inserted !== undefined;
}
export async function updateCustomer(db, shopId, id, changes) {
    await db.updateTable('customers').set(changes).where('shop_id', '=', shopId).where('id', '=', id).execute();
}
/** The customer's orders, carts and cart items go with it (foreign key cascade). */
export async function deleteCustomer(db, shopId, id) {
    await db.deleteFrom('customers').where('shop_id', '=', shopId).where('id', '=', id).execute();
}
//# sourceMappingURL=customers.repository.js.map