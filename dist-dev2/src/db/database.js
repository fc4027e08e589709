import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import { createRequire } from 'node:module';
import { statementName } from './named-statements.js';
import { openSqlite } from './sqlite.js';
const TIMESTAMP_OID = 1114;
export function createDatabase(target, options = {}) {
    if (target.kind === 'sqlite') {
        const { database } = openSqlite(target.path);
        const db = new Kysely({ dialect: new SqliteDialect({ database }) });
        return {
            db,
            dialect: 'sqlite',
            ping: () => pingWith(db),
            close: () => db.destroy(),
        };
    }
    // Loaded only for PostgreSQL: a SQLite server does not pay pg's ~15 MB of resident memory.
    const pg = createRequire(import.meta.url)('pg');
    const pool = new pg.Pool({
        connectionString: target.url,
        max: options.poolSize ?? 10,
        // A database that does not answer fails the request quickly (503) instead of holding it.
        connectionTimeoutMillis: 2_000,
        ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
        // Timestamps (without time zone, stored as UTC) come back exactly as stored: 'YYYY-MM-DD HH:MM:SS'.
        // int8 stays a string, pg's default, so ids keep every digit.
        types: {
            getTypeParser: ((oid, format) => oid === TIMESTAMP_OID ? (value) => value : pg.types.getTypeParser(oid, format)),
        },
    });
    // A client that loses its connection emits 'error': on the pool while idle, on the client itself while
    // checked out (node-postgres #3202). With no listener either one kills the process. The query in flight
    // still fails (and is answered 503); the pool drops the broken client on release and connects anew.
    pool.on('error', () => { });
    pool.on('connect', (client) => client.on('error', () => { }));
    const db = new Kysely({ dialect: new PostgresDialect({ pool: withNamedStatements(pool) }) });
    return {
        db,
        dialect: 'postgres',
        ...(options.schema ? { schema: options.schema } : {}),
        ping: () => pingWith(db),
        close: () => db.destroy(),
    };
}
/** The pool as Kysely sees it, its clients sending the hot reads as named statements (named-statements.ts). */
function withNamedStatements(pool) {
    // One wrapper per pg client: Kysely keeps its connection objects by client.
    const wrappers = new WeakMap();
    return {
        async connect() {
            const client = await pool.connect();
            let wrapper = wrappers.get(client);
            if (wrapper === undefined) {
                // A connection the server ended (57P01 on a restart, class 08) is released as broken, so that the
                // pool drops it at once instead of handing it to the next request to fail again.
                let broken = false;
                wrapper = {
                    // A string is a query (Kysely's cursors, unused here, pass through as they are).
                    query: (async (text, values) => {
                        const name = typeof text === 'string' ? statementName(text) : undefined;
                        try {
                            return await (name === undefined ? client.query(text, values) : client.query({ name, text, values }));
                        }
                        catch (error) {
                            const { code, message } = error;
                            if (typeof code === 'string' && (/^08|^57P0[123]$/.test(code) || code === 'ECONNRESET' || code === 'EPIPE'))
                                broken = true;
                            if (typeof message === 'string' && message.startsWith('Connection terminated'))
                                broken = true;
                            throw error;
                        }
                    }),
                    release: () => {
                        const destroy = broken;
                        broken = false;
                        if (destroy)
                            wrappers.delete(client);
                        client.release(destroy);
                    },
                };
                wrappers.set(client, wrapper);
            }
            return wrapper;
        },
        end: () => pool.end(),
    };
}
async function pingWith(db) {
    try {
        await sql `select 1`.execute(db);
        return true;
    }
    catch {
        return false;
    }
}
//# sourceMappingURL=database.js.map