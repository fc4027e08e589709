import { sql } from 'kysely';
import { insertDefaultFields } from '../fields/fields.repository.js';
import { bumpFaultsRevision } from '../faults/faults.repository.js';
/** The account's shops: what a reset takes, and whose kept answers go with them. */
export async function shopIdsOf(db, accountId) {
    const rows = await db.selectFrom('shops').select('id').where('account_id', '=', accountId).execute();
    return rows.map((row) => String(row.id));
}
/**
 * Removes everything the account owns but its tokens, on `trx` (one transaction), and leaves it as a new
 * account is made: the default fields under their own names, double opt-in off. Shops take everything under
 * them (categories, products, customers, orders, carts, items, their counters and revisions) by their
 * foreign keys' cascades, groups their memberships and counters; the other tables are named here. A table
 * added later with an account_id or shop_id column fails test/reset.test.ts until it is covered.
 */
export async function resetAccount(trx, accountId, createdAt) {
    for (const table of ['journal_entries', 'fault_rules', 'webhook_attempts', 'delivery_events', 'webhook_deliveries', 'events', 'webhooks']) {
        await trx.deleteFrom(table).where('account_id', '=', accountId).execute();
    }
    await trx.deleteFrom('shops').where('account_id', '=', accountId).execute();
    await trx.deleteFrom('groups').where('account_id', '=', accountId).execute();
    await trx.deleteFrom('subscribers').where('account_id', '=', accountId).execute();
    await trx.deleteFrom('fields').where('account_id', '=', accountId).execute();
    await insertDefaultFields(trx, accountId, createdAt);
    await trx.updateTable('accounts').set({ double_optin: sql `false` }).where('id', '=', accountId).execute();
    await bumpFaultsRevision(trx, accountId);
}
//# sourceMappingURL=reset.repository.js.map