import { parseId } from '../../db/ids.js';
import { NotFoundError, ValidationError } from '../../http/errors.js';
import { inTransaction } from '../../db/transaction.js';
import { now } from '../../time.js';
import * as repo from './fields.repository.js';
const UNIQUE_NAME = 'Field name must be unique';
function toWritten(row) {
    return { id: String(row.id), name: row.name, key: row.key, type: row.type, is_default: Boolean(row.is_default) };
}
function toField(row) {
    // Cartline runs no automations.
    return { ...toWritten(row), used_in_automations: false };
}
/** MailerLite's key: the name lower-cased, each run of other characters than letters and digits one `_` (B8). */
export function fieldKey(name) {
    return name.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '') || 'field';
}
// Case and punctuation ignored, as MailerLite's real name sort does (B7).
const collator = new Intl.Collator('en', { sensitivity: 'base', ignorePunctuation: true });
/** The account's fields, filtered and sorted as asked: an account has a few dozen, so this is done in memory. */
export async function findFields(db, accountId, query) {
    let rows = await repo.listFields(db, accountId);
    const keyword = query['filter[keyword]']?.toLowerCase();
    if (keyword)
        rows = rows.filter((row) => row.name.toLowerCase().includes(keyword) || row.key.includes(keyword));
    const type = query['filter[type]'];
    if (type)
        rows = rows.filter((row) => row.type === type);
    if (query.sort) {
        const descending = query.sort.startsWith('-');
        const by = query.sort.replace(/^-/, '');
        rows = [...rows].sort((a, b) => {
            const order = collator.compare(a[by], b[by]) || (BigInt(a.id) < BigInt(b.id) ? -1 : 1);
            return descending ? -order : order;
        });
    }
    return rows.map(toField);
}
function nameTaken(rows, name, except) {
    const wanted = name.toLowerCase();
    return rows.some((row) => row.name.toLowerCase() === wanted && String(row.id) !== except);
}
export async function createField(db, newId, accountId, body) {
    return inTransaction(db, async (trx) => {
        const rows = await repo.listFields(trx, accountId);
        if (nameTaken(rows, body.name))
            throw new UniqueNameError();
        // A key taken by a field since renamed gets a number (B8); a default's key is never reused.
        const keys = new Set(rows.map((row) => row.key));
        const base = fieldKey(body.name);
        let key = base;
        for (let n = 2; keys.has(key); n++)
            key = `${base}_${n}`;
        const row = { account_id: accountId, id: newId(), name: body.name, key, type: body.type, is_default: false, created_at: now() };
        await repo.insertFields(trx, [row]);
        return toWritten(row);
    });
}
async function requireField(db, accountId, rawId) {
    const id = parseId(rawId);
    const row = id === null ? undefined : await repo.findField(db, accountId, id);
    if (row === undefined)
        throw new NotFoundError();
    return row;
}
/** A rename changes only the name: the key stays, as MailerLite's WooCommerce plugin relies on. */
export async function renameField(db, accountId, rawId, body) {
    return inTransaction(db, async (trx) => {
        const row = await requireField(trx, accountId, rawId);
        if (nameTaken(await repo.listFields(trx, accountId), body.name, String(row.id)))
            throw new UniqueNameError();
        await repo.renameField(trx, accountId, String(row.id), body.name);
        return toWritten({ ...row, name: body.name });
    });
}
export async function deleteField(db, accountId, rawId) {
    await inTransaction(db, async (trx) => {
        const row = await requireField(trx, accountId, rawId);
        if (row.is_default)
            throw new ValidationError({ id: ['Default fields cannot be deleted.'] }, 'Default fields cannot be deleted.');
        await repo.deleteField(trx, accountId, String(row.id));
        await repo.removeFieldValues(trx, accountId, row.key);
    });
}
/** MailerLite answers a duplicate name with its own message in place of Laravel's "The given data was invalid." */
class UniqueNameError extends ValidationError {
    constructor() {
        super({ name: [UNIQUE_NAME] }, UNIQUE_NAME);
    }
}
//# sourceMappingURL=fields.service.js.map