import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
// better-sqlite3 behind Kysely's SqliteDatabase interface, with four things Kysely's dialect lacks:
// - prepared statements are cached by SQL text (Kysely prepares every query anew, which dominates small reads);
// - 64-bit integers come back as bigint (safeIntegers), so no id ever passes through a JS number;
// - booleans are bound as 1/0 (better-sqlite3 refuses to bind booleans), arrays as their JSON text (the lists
//   of src/db/in-list.ts, read with json_each);
// - transactions begin immediate (see BEGIN below).
function bindable(parameters) {
    return parameters.some((value) => typeof value === 'boolean' || Array.isArray(value))
        ? parameters.map((value) => (typeof value === 'boolean' ? (value ? 1 : 0) : Array.isArray(value) ? JSON.stringify(value) : value))
        : parameters;
}
const STATEMENT_CACHE_SIZE = 500;
// Kysely begins every transaction with a plain (deferred) `begin`. Every transaction here writes, and most read
// first: a deferred one then holds a read snapshot, and when another process (a second server, the CLI) writes
// meanwhile, its first write fails at once with SQLITE_BUSY or SQLITE_BUSY_SNAPSHOT, busy_timeout or not (503).
// `begin immediate` takes the write lock first, waiting for it up to busy_timeout, so writers queue instead.
const BEGIN = /^\s*begin\s*;?\s*$/i;
export function openSqlite(path, options = {}) {
    const cacheSize = options.statementCacheSize ?? STATEMENT_CACHE_SIZE;
    if (path !== ':memory:')
        mkdirSync(dirname(path), { recursive: true });
    const native = new BetterSqlite3(path);
    native.pragma('journal_mode = WAL');
    native.pragma('synchronous = NORMAL');
    native.pragma('foreign_keys = ON');
    native.pragma('busy_timeout = 5000');
    const cache = new Map();
    function prepare(sql) {
        let statement = cache.get(sql);
        if (statement === undefined) {
            statement = native.prepare(sql);
            statement.safeIntegers(true);
            // Statements built from variable-length IN lists differ by text; keep the cache bounded.
            if (cache.size >= cacheSize)
                cache.delete(cache.keys().next().value);
            cache.set(sql, statement);
        }
        return statement;
    }
    const onError = options.onError ?? (() => { });
    // Written out, no wrapper closure: these run on every query, and try/catch costs nothing when nothing throws.
    const failed = (error) => {
        onError(error);
        throw error;
    };
    const database = {
        close: () => native.close(),
        prepare(sql) {
            let statement;
            try {
                statement = prepare(BEGIN.test(sql) ? 'begin immediate' : sql);
            }
            catch (error) {
                return failed(error);
            }
            return {
                reader: statement.reader,
                // One array argument binds anonymous parameters: no spread of thousands of arguments on bulk inserts.
                all: (parameters) => {
                    try {
                        return statement.all(bindable(parameters));
                    }
                    catch (error) {
                        return failed(error);
                    }
                },
                run: (parameters) => {
                    try {
                        return statement.run(bindable(parameters));
                    }
                    catch (error) {
                        return failed(error);
                    }
                },
                iterate: (parameters) => statement.iterate(bindable(parameters)),
            };
        },
    };
    return { database, native, cachedStatements: () => cache.size };
}
//# sourceMappingURL=sqlite.js.map