import { insertOrder, pathToAccount } from '../db/catalog.repository.js';
import { TABLES } from '../db/tables.js';
import { TransferError } from './values.js';
// Which tables an export, import or copy carries, in which order, checked against the database's own schema.
/**
 * The catalog's tables with one of `roles` (src/db/tables.ts), in insert order. Refuses a table that the
 * registry does not know (its rows would silently be left behind), and a carried table that lacks what
 * carrying it exactly needs: a primary key (pages are read by key), columns of known kinds, and for account
 * data a chain of foreign keys to its account.
 */
export function tablesToCarry(catalog, roles) {
    const unregistered = [...catalog.keys()].filter((name) => TABLES[name] === undefined);
    if (unregistered.length > 0) {
        throw new TransferError(`table ${unregistered.sort().join(', ')} is not in src/db/tables.ts, so nobody has said whether its rows are exported and copied`);
    }
    const names = Object.entries(TABLES)
        .filter(([name, entry]) => roles.includes(entry.role) && catalog.has(name))
        .map(([name]) => name);
    const order = insertOrder(catalog, names).map((name) => catalog.get(name));
    for (const table of order) {
        if (table.primaryKey.length === 0)
            throw new TransferError(`table ${table.name} has no primary key`);
        const unknown = table.columns.filter((column) => column.kind === null);
        if (unknown.length > 0) {
            throw new TransferError(`table ${table.name}: ${unknown.map((c) => `${c.name} (${c.type})`).join(', ')}: a type that export and copy do not carry (src/db/catalog.repository.ts)`);
        }
        if (TABLES[table.name].role === 'account' && pathToAccount(catalog, table.name) === undefined) {
            throw new TransferError(`table ${table.name} holds account data but no foreign key chain leads from it to accounts`);
        }
    }
    return order;
}
/** The order of a row's keys in an export: the primary key, then the other columns by name. */
export function documentColumns(table) {
    const rest = table.columns.map((column) => column.name).filter((name) => !table.primaryKey.includes(name));
    return [...table.primaryKey, ...rest.sort()];
}
/** Rows per page read and per insert: one multi-row statement's worth (insert-many.ts binds up to 30,000 values). */
export function pageSize(table) {
    return Math.max(100, Math.floor(30_000 / table.columns.length));
}
//# sourceMappingURL=plan.js.map