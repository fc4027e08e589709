import { sql, SqliteAdapter } from 'kysely';
import { prepared } from '../../db/prepared.js';
const columns = ['id', 'name', 'key', 'type', 'is_default'];
const fieldsOfAccount = prepared((db, accountId) => db.selectFrom('fields').select(columns).where('account_id', '=', accountId).orderBy('id'));
/** Every field of the account in id order: the defaults (1..8) first, then custom fields as created. */
export async function listFields(db, accountId) {
    return fieldsOfAccount(db, accountId);
}
export async function findField(db, accountId, id) {
    return db.selectFrom('fields').select(columns).where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}
export async function insertFields(db, rows) {
    await db.insertInto('fields').values(rows).execute();
}
export async function renameField(db, accountId, id, name) {
    await db.updateTable('fields').set({ name }).where('account_id', '=', accountId).where('id', '=', id).execute();
}
export async function deleteField(db, accountId, id) {
    await db.deleteFrom('fields').where('account_id', '=', accountId).where('id', '=', id).execute();
}
/** Removes a deleted field's values from every subscriber of the account, so a later field with its key starts empty. */
export async function removeFieldValues(db, accountId, key) {
    const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
    const fields = sqlite ? sql `json_remove(fields, ${'$."' + key + '"'})` : sql `(fields::jsonb - ${key})::text`;
    await db.updateTable('subscribers').set({ fields }).where('account_id', '=', accountId).execute();
}
/**
 * The fields every MailerLite account has, in MailerLite's order and with its small shared ids. `email` is not
 * among them: it is a subscriber's own property, and real `GET /fields` answers leave it out (spec §4).
 */
export const DEFAULT_FIELDS = [
    { id: '1', name: 'Name', key: 'name' },
    { id: '2', name: 'Last name', key: 'last_name' },
    { id: '3', name: 'Company', key: 'company' },
    { id: '4', name: 'Country', key: 'country' },
    { id: '5', name: 'City', key: 'city' },
    { id: '6', name: 'Phone', key: 'phone' },
    { id: '7', name: 'State', key: 'state' },
    { id: '8', name: 'ZIP', key: 'z_i_p' },
];
/** The defaults, for a new account (accounts that existed before fields got theirs in migration 0008). */
export async function insertDefaultFields(db, accountId, createdAt) {
    await insertFields(db, DEFAULT_FIELDS.map((field) => ({ account_id: accountId, ...field, type: 'text', is_default: true, created_at: createdAt })));
}
//# sourceMappingURL=fields.repository.js.map