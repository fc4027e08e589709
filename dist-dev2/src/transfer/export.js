import { once } from 'node:events';
import { readCatalog } from '../db/catalog.repository.js';
import { inReadSnapshot } from '../db/transaction.js';
import { findAccountByName } from '../modules/accounts/accounts.repository.js';
import { documentColumns, pageSize, tablesToCarry } from './plan.js';
import { accountFilter, readPage } from './rows.repository.js';
import { toPortable, TransferError } from './values.js';
// `cartline export`: one account's data as one JSON document, every table of role `account` (src/db/tables.ts)
// with every row it has, each row one line:
//
//   {"cartline_export":1,"tables":{
//   "accounts":[
//   {"id":"...","created_at":"...","double_optin":false,"name":"acme"}
//   ],
//   "cart_items":[ ...
//
// Tables in insert order, rows by primary key, keys in a fixed order (documentColumns), values in their
// portable form (values.ts): two exports of the same data are the same bytes, on either database.
export const FORMAT_VERSION = 1;
export async function exportAccount(database, accountName, out) {
    return inReadSnapshot(database.db, database.dialect, async (db) => {
        const account = await findAccountByName(db, accountName);
        if (account === undefined)
            throw new TransferError(`no account named "${accountName}"`);
        const accountId = String(account.id);
        const catalog = await readCatalog(db, database.dialect);
        const tables = tablesToCarry(catalog, ['account']);
        const writer = bufferedWriter(out);
        const summary = { accountId, rows: [] };
        await writer.write(`{"cartline_export":${FORMAT_VERSION},"tables":{`);
        for (const [index, table] of tables.entries()) {
            await writer.write(`${index === 0 ? '' : ','}\n${JSON.stringify(table.name)}:[`);
            const filter = accountFilter(catalog, table.name, accountId);
            const columns = documentColumns(table).map((name) => table.columns.find((column) => column.name === name));
            let count = 0;
            let after;
            for (;;) {
                const rows = await readPage(db, database.dialect, table, { filter, after, limit: pageSize(table) });
                for (const row of rows) {
                    await writer.write(`${count === 0 ? '' : ','}\n${documentRow(columns, row)}`);
                    count += 1;
                }
                if (rows.length < pageSize(table))
                    break;
                after = table.primaryKey.map((column) => rows[rows.length - 1][column]);
            }
            await writer.write(count === 0 ? ']' : '\n]');
            summary.rows.push({ table: table.name, rows: count });
        }
        await writer.write('\n}}\n');
        await writer.flush();
        return summary;
    });
}
function documentRow(columns, row) {
    const portable = {};
    for (const column of columns)
        portable[column.name] = toPortable(column, row[column.name]);
    return JSON.stringify(portable);
}
/** Writes in pieces of about 1 MiB, waiting whenever the stream asks to (a large account never sits in memory whole). */
function bufferedWriter(out) {
    let buffer = '';
    const flush = async () => {
        if (buffer === '')
            return;
        const chunk = buffer;
        buffer = '';
        if (!out.write(chunk))
            await once(out, 'drain');
    };
    return {
        async write(text) {
            buffer += text;
            if (buffer.length >= 1 << 20)
                await flush();
        },
        flush,
    };
}
//# sourceMappingURL=export.js.map