import { currentSchema, readCatalog } from '../db/catalog.repository.js';
import { insertManyInto } from '../db/insert-many.js';
import { runChecks } from '../db/integrity.repository.js';
import { migrateToLatest, pendingMigrations } from '../db/migrate.js';
import { inReadSnapshot } from '../db/transaction.js';
import { pageSize, tablesToCarry } from './plan.js';
import { countRows, readPage } from './rows.repository.js';
import { toPortable, TransferError } from './values.js';
export async function copyInstallation(source, target, progress = () => { }) {
    const sourceSchema = await currentSchema(source.db, source.dialect);
    const pending = await pendingMigrations(source.db, sourceSchema);
    if (pending.length > 0) {
        throw new TransferError(`the source database is not migrated to this Cartline (${pending.length} migrations pending: ${pending.join(', ')}); run cartline migrate on it first`);
    }
    await migrateToLatest(target.db, await currentSchema(target.db, target.dialect));
    const targetCatalog = await readCatalog(target.db, target.dialect);
    const tables = tablesToCarry(targetCatalog, ['account', 'installation']);
    const occupied = [];
    for (const table of tables) {
        const n = await countRows(target.db, table.name);
        if (n > 0)
            occupied.push(`${table.name} ${n}`);
    }
    if (occupied.length > 0)
        throw new TransferError(`the target database is not empty (${occupied.join(', ')}): copy writes only into an empty one`);
    return inReadSnapshot(source.db, source.dialect, async (from) => {
        const sourceCatalog = await readCatalog(from, source.dialect);
        tablesToCarry(sourceCatalog, ['account', 'installation']);
        for (const table of tables)
            sameColumns(table, sourceCatalog);
        return target.db.transaction().execute(async (to) => {
            const copied = [];
            for (const table of tables) {
                const total = await countRows(from, table.name);
                // Read as the source's driver returns its columns; written under the same names on the target.
                const read = sourceCatalog.get(table.name);
                const limit = pageSize(table);
                let done = 0;
                if (total > 0)
                    progress(table.name, 0, total);
                let page = readPage(from, source.dialect, read, { limit });
                for (;;) {
                    const rows = await page;
                    // The next page is read while this one is written (when the two databases are separate processes).
                    if (rows.length === limit) {
                        const after = read.primaryKey.map((column) => rows[rows.length - 1][column]);
                        page = readPage(from, source.dialect, read, { limit, after });
                    }
                    const portable = rows.map((row) => {
                        const values = {};
                        for (const column of read.columns)
                            values[column.name] = toPortable(column, row[column.name]);
                        return values;
                    });
                    await insertManyInto(to, table.name, portable);
                    done += rows.length;
                    progress(table.name, done, total);
                    if (rows.length < limit)
                        break;
                }
                const stored = await countRows(to, table.name);
                if (stored !== total || done !== total) {
                    throw new TransferError(`${table.name}: the source has ${total} rows, ${done} were read and the target holds ${stored}; nothing was committed`);
                }
                copied.push({ table: table.name, rows: total });
            }
            const checks = await runChecks(to, target.dialect);
            const failed = checks.filter((check) => !check.ok);
            if (failed.length > 0) {
                throw new TransferError(`the copy fails cartline check, so nothing was committed: ${failed.map((check) => `${check.name}: ${check.detail}`).join('; ')}`);
            }
            return { tables: copied, checks };
        });
    });
}
/** The source must have the target's columns: both at the same migration, nothing dropped or added by hand. */
function sameColumns(table, sourceCatalog) {
    const source = sourceCatalog.get(table.name);
    const names = (info) => (info?.columns ?? []).map((column) => column.name).sort().join(', ');
    if (names(source) !== names(table)) {
        throw new TransferError(`table ${table.name} has columns (${names(source)}) in the source and (${names(table)}) in the target`);
    }
}
//# sourceMappingURL=copy.js.map