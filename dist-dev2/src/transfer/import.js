import { readCatalog } from '../db/catalog.repository.js';
import { insertManyInto } from '../db/insert-many.js';
import { ACCOUNTS, TABLES } from '../db/tables.js';
import { findAccountByName } from '../modules/accounts/accounts.repository.js';
import { FORMAT_VERSION } from './export.js';
import { tablesToCarry } from './plan.js';
import { accountFilter, and, countRows, deleteRows, isTrue, not, updateRow } from './rows.repository.js';
import { describeKind, isPortable, TransferError } from './values.js';
export function parseDocument(text, file) {
    let document;
    try {
        document = JSON.parse(text);
    }
    catch (error) {
        throw new TransferError(`${file} is not JSON: ${error.message}`);
    }
    const shape = document;
    if (shape === null || typeof shape !== 'object' || shape.cartline_export === undefined || typeof shape.tables !== 'object' || shape.tables === null) {
        throw new TransferError(`${file} is not a document of cartline export (no "cartline_export" and "tables")`);
    }
    if (shape.cartline_export !== FORMAT_VERSION) {
        throw new TransferError(`${file} is of export format ${JSON.stringify(shape.cartline_export)}; this Cartline reads format ${FORMAT_VERSION}`);
    }
    return { tables: shape.tables };
}
/** The document's rows, checked against the schema, by table in insert order. */
function prepare(catalog, document) {
    const order = tablesToCarry(catalog, ['account']);
    const carried = new Set(order.map((table) => table.name));
    const strange = Object.keys(document.tables).filter((name) => !carried.has(name));
    if (strange.length > 0)
        throw new TransferError(`the document has tables this Cartline does not import: ${strange.join(', ')}`);
    const tables = [];
    for (const table of order) {
        const raw = document.tables[table.name] ?? [];
        if (!Array.isArray(raw))
            throw new TransferError(`tables.${table.name} is not a list`);
        const columns = new Map(table.columns.map((column) => [column.name, column]));
        let keys;
        const rows = raw.map((row, index) => {
            const where = `tables.${table.name}[${index}]`;
            if (row === null || typeof row !== 'object' || Array.isArray(row))
                throw new TransferError(`${where} is not an object`);
            const names = Object.keys(row);
            for (const name of names)
                if (!columns.has(name))
                    throw new TransferError(`${where}: ${table.name} has no column "${name}"`);
            // Every row of a table carries the same columns (those absent from all of them take their defaults).
            const signature = names.slice().sort().join(',');
            if (keys !== undefined && signature !== keys)
                throw new TransferError(`${where} has other columns than ${`tables.${table.name}[0]`}`);
            keys = signature;
            const values = {};
            for (const column of table.columns) {
                if (!names.includes(column.name))
                    continue;
                const value = row[column.name];
                if (!isPortable(column, value))
                    throw new TransferError(`${where}.${column.name} must be ${describeKind(column)}${column.nullable ? ' or null' : ''}, got ${JSON.stringify(value)}`);
                values[column.name] = value;
            }
            for (const key of table.primaryKey)
                if (values[key] === undefined)
                    throw new TransferError(`${where} has no ${key}`);
            return values;
        });
        tables.push({ table, rows });
    }
    const accounts = tables.find((entry) => entry.table.name === ACCOUNTS);
    if (accounts.rows.length !== 1)
        throw new TransferError(`tables.accounts must hold exactly one account, it holds ${accounts.rows.length}`);
    const accountRow = accounts.rows[0];
    checkReferences(tables, String(accountRow.id));
    return { tables, accountRow };
}
/** Every reference of every row must point at a row of the document (the account's own id included). */
function checkReferences(tables, accountId) {
    const byName = new Map(tables.map((entry) => [entry.table.name, entry]));
    const keySets = new Map();
    const keysOf = (table, columns) => {
        const id = `${table}(${columns.join(',')})`;
        let keys = keySets.get(id);
        if (keys === undefined) {
            keys = new Set((byName.get(table)?.rows ?? []).map((row) => columns.map((column) => String(row[column])).join('\u0000')));
            keySets.set(id, keys);
        }
        return keys;
    };
    for (const { table, rows } of tables) {
        for (const fk of table.foreignKeys) {
            rows.forEach((row, index) => {
                const values = fk.columns.map((column) => row[column]);
                if (values.some((value) => value === null || value === undefined))
                    return;
                const key = values.map(String).join('\u0000');
                const found = fk.table === ACCOUNTS ? key === accountId : keysOf(fk.table, fk.references).has(key);
                if (!found) {
                    throw new TransferError(`tables.${table.name}[${index}]: (${fk.columns.join(', ')}) = (${values.join(', ')}) names no ${fk.table} row of this document`);
                }
            });
        }
    }
}
export async function importAccount(database, accountName, document) {
    const catalog = await readCatalog(database.db, database.dialect);
    const { tables, accountRow } = prepare(catalog, document);
    const accounts = catalog.get(ACCOUNTS);
    return database.db.transaction().execute(async (trx) => {
        const existing = await findAccountByName(trx, accountName);
        let accountId;
        if (existing !== undefined) {
            accountId = String(existing.id);
            await refuseUnlessEmpty(trx, catalog, tables, accountName, accountId);
            // The account's settings from the document; its id, name and creation stay its own.
            const settings = Object.fromEntries(Object.entries(accountRow).filter(([column]) => !accounts.primaryKey.includes(column) && column !== 'name' && column !== 'created_at'));
            await updateRow(trx, ACCOUNTS, settings, accountFilter(catalog, ACCOUNTS, accountId));
        }
        else {
            accountId = String(accountRow.id);
            await insert(trx, ACCOUNTS, [{ ...accountRow, name: accountName }]);
        }
        const summary = { accountId, created: existing === undefined, rows: [{ table: ACCOUNTS, rows: 1 }] };
        for (const { table, rows } of tables) {
            if (table.name === ACCOUNTS)
                continue;
            // References to the account name the account the rows now belong to.
            const toAccount = table.foreignKeys.filter((fk) => fk.table === ACCOUNTS).flatMap((fk) => fk.columns);
            await insert(trx, table.name, toAccount.length === 0 ? rows : rows.map((row) => ({ ...row, ...Object.fromEntries(toAccount.map((column) => [column, accountId])) })));
            summary.rows.push({ table: table.name, rows: rows.length });
        }
        // What the document held is what the account has now, table by table.
        for (const { table, rows } of tables) {
            const stored = await countRows(trx, table.name, accountFilter(catalog, table.name, accountId));
            if (stored !== rows.length)
                throw new Error(`import: ${table.name} holds ${stored} rows of the account after importing ${rows.length}`);
        }
        return summary;
    });
}
async function refuseUnlessEmpty(trx, catalog, tables, name, accountId) {
    const held = [];
    for (const { table } of tables) {
        if (table.name === ACCOUNTS)
            continue;
        const seeded = TABLES[table.name]?.seededWhen;
        const filter = accountFilter(catalog, table.name, accountId);
        const n = await countRows(trx, table.name, seeded === undefined ? filter : and(filter, not(isTrue(seeded))));
        if (n > 0)
            held.push(`${table.name} ${n}`);
    }
    if (held.length > 0)
        throw new TransferError(`account "${name}" is not empty (${held.join(', ')}): import loads into an empty account only`);
    // What every new account starts with (its default fields) gives way to the document's.
    for (const { table } of tables) {
        const seeded = TABLES[table.name]?.seededWhen;
        if (seeded !== undefined)
            await deleteRows(trx, table.name, accountFilter(catalog, table.name, accountId));
    }
}
async function insert(trx, table, rows) {
    try {
        await insertManyInto(trx, table, rows);
    }
    catch (error) {
        const { code, message } = error;
        if (code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE') {
            throw new TransferError(`${table}: ${String(message)}: this database already has some of the document's ids (imports keep them; was this document imported here before?)`);
        }
        if (typeof code === 'string' && (code.startsWith('23') || code.startsWith('SQLITE_CONSTRAINT')))
            throw new TransferError(`${table}: ${String(message)}`);
        throw error;
    }
}
//# sourceMappingURL=import.js.map